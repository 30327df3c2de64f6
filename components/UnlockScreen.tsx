import { useState } from 'preact/hooks';
import { useT } from './translator-context';

export interface UnlockScreenProps {
  busy: boolean;
  error?: string;
  onUnlock: (passphrase: string) => void;
}

/** The locked vault: one passphrase field. A refusal is shown next to it and the field is kept for another try. */
export function UnlockScreen(props: UnlockScreenProps) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    if (passphrase && !props.busy) props.onUnlock(passphrase);
  };
  return (
    <form class="screen unlock" onSubmit={submit} aria-labelledby="unlock-title">
      <h2 id="unlock-title">{t('unlock_title')}</h2>
      <label>
        {t('passphrase_label')}
        <input
          type="password"
          name="passphrase"
          autoComplete="current-password"
          // biome-ignore lint/a11y/noAutofocus: the only thing to do on this screen is to type the passphrase.
          autoFocus
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
