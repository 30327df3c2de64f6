import { useRef, useState } from 'preact/hooks';
import { useT } from './translator-context';
import { useScreenFocus } from './use-screen-focus';

export interface UnlockScreenProps {
  busy: boolean;
  error?: string;
  onUnlock: (passphrase: string) => void;
}

/**
 * The locked vault: one passphrase field, focused as the screen appears (the only thing to do here is to type the
 * passphrase). A refusal is shown next to it and the field is kept for another try.
 */
export function UnlockScreen(props: UnlockScreenProps) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const form = useRef<HTMLFormElement>(null);
  // Focused in the commit that shows the field (as every flow screen is), not by the `autofocus` attribute: the
  // browser applies that at a later rendering step, and only once per document.
  useScreenFocus(form, undefined);
  const submit = (event: Event) => {
    event.preventDefault();
    if (passphrase && !props.busy) props.onUnlock(passphrase);
  };
  return (
    <form ref={form} class="screen unlock" onSubmit={submit} aria-labelledby="unlock-title">
      <h2 id="unlock-title">{t('unlock_title')}</h2>
      <label>
        {t('passphrase_label')}
        <input
          type="password"
          name="passphrase"
          autoComplete="current-password"
          value={passphrase}
          aria-invalid={props.error ? 'true' : undefined}
          onInput={(event) => setPassphrase((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
      <button type="submit" class="primary" disabled={props.busy || !passphrase}>
        {props.busy ? t('unlock_busy') : t('unlock_button')}
      </button>
    </form>
  );
}
