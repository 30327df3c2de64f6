import { useEffect, useState } from 'preact/hooks';
import { estimatePassphraseStrength, type PassphraseStrength } from '../core/vault/crypto/estimate-passphrase-strength';
import { MIN_PASSPHRASE_LENGTH } from '../core/vault/vault-messages';

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
    ? `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`
    : rated && !rated.acceptable
      ? 'This passphrase is too easy to guess. Add more words that do not belong together.'
      : mismatch
        ? 'The two passphrases differ.'
        : !understood
          ? 'Tick the box to confirm there is no recovery.'
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
      <h2 id="setup-title">Protect your codes</h2>
      <p>Sidekey encrypts every code with a passphrase you choose. You will type it to unlock.</p>
      <label>
        Passphrase
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
          <meter min={0} max={4} low={2} high={3} optimum={4} value={rated.score} aria-label="Passphrase strength" />{' '}
          <span aria-live="polite">Strength: {rated.words}</span>
        </p>
      )}
      <label>
        Confirm passphrase
        <input
          type="password"
          name="confirm"
          autoComplete="new-password"
          value={confirm}
          onInput={(event) => setConfirm((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <p class="warning">
        <strong>There is no recovery.</strong> If you forget this passphrase, nobody — not even Sidekey — can open your
        codes. Keep an encrypted backup (Settings → Export).
      </p>
      <label class="check">
        <input
          type="checkbox"
          name="understood"
          checked={understood}
          onChange={(event) => setUnderstood((event.currentTarget as HTMLInputElement).checked)}
        />
        I understand that a forgotten passphrase cannot be recovered.
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
        {props.busy ? 'Creating…' : 'Create vault'}
      </button>
    </form>
  );
}
