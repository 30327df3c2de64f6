import { useEffect, useState } from 'preact/hooks';
import { estimatePassphraseStrength, type PassphraseStrength } from '../core/vault/crypto/estimate-passphrase-strength';
import { MIN_PASSPHRASE_LENGTH } from '../core/vault/vault-messages';
import { useT } from './translator-context';

export interface SetupScreenProps {
  busy: boolean;
  error?: string;
  onSetup: (passphrase: string) => void;
  /** Strength estimate; the default loads zxcvbn-ts lazily, on the first keystroke, never on first paint. */
  estimateStrength?: (passphrase: string) => Promise<PassphraseStrength>;
}

/**
 * First run: choose a passphrase and confirm it. Codes are always encrypted with it; there is no
 * plain-text mode and no recovery, and the user says so explicitly before the vault is created. A strength meter
 * (zxcvbn-ts) rates the passphrase in words as it is typed; a very weak one is refused.
 */
export function SetupScreen(props: SetupScreenProps) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [touched, setTouched] = useState(false);
  const [strength, setStrength] = useState<{ of: string; is: PassphraseStrength }>();
  const estimate = props.estimateStrength ?? estimatePassphraseStrength;
  useEffect(() => {
    if (!passphrase) return;
    let current = true;
    void estimate(passphrase).then((is) => {
      if (current) setStrength({ of: passphrase, is });
    });
    return () => {
      current = false;
    };
  }, [passphrase, estimate]);
  const rated = strength?.of === passphrase ? strength.is : undefined;
  const tooShort = passphrase.length < MIN_PASSPHRASE_LENGTH;
  const mismatch = confirm !== passphrase;
  const problem = tooShort
    ? t('setup_too_short', String(MIN_PASSPHRASE_LENGTH))
    : rated && !rated.acceptable
      ? t('setup_too_weak')
      : mismatch
        ? t('setup_mismatch')
        : !understood
          ? t('setup_tick_box')
          : undefined;

  const submit = async (event: Event) => {
    event.preventDefault();
    setTouched(true);
    if (problem || props.busy) return;
    // Typed faster than the estimate: rate it now, and refuse a very weak one all the same.
    const is = rated ?? (await estimate(passphrase));
    setStrength({ of: passphrase, is });
    if (is.acceptable) props.onSetup(passphrase);
  };
  return (
    <form class="screen setup" onSubmit={submit} aria-labelledby="setup-title">
      <h2 id="setup-title">{t('setup_title')}</h2>
      <p>{t('setup_intro')}</p>
      <label>
        {t('passphrase_label')}
        <input
          type="password"
          name="passphrase"
          autoComplete="new-password"
          value={passphrase}
          onInput={(event) => setPassphrase((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {rated && (
        <p class="strength">
          <meter
            min={0}
            max={4}
            low={2}
            high={3}
            optimum={4}
            value={rated.score}
            aria-label={t('setup_strength_label')}
          />{' '}
          <span aria-live="polite">{t('setup_strength', rated.words)}</span>
        </p>
      )}
      <label>
        {t('setup_confirm_label')}
        <input
          type="password"
          name="confirm"
          autoComplete="new-password"
          value={confirm}
          onInput={(event) => setConfirm((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <p class="warning">
        <strong>{t('setup_no_recovery')}</strong> {t('setup_no_recovery_detail')}
      </p>
      <label class="check">
        <input
          type="checkbox"
          name="understood"
          checked={understood}
          onChange={(event) => setUnderstood((event.currentTarget as HTMLInputElement).checked)}
        />
        {t('setup_understood')}
      </label>
      {touched && problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
      <button type="submit" class="primary" disabled={props.busy}>
        {props.busy ? t('setup_busy') : t('setup_button')}
      </button>
    </form>
  );
}
