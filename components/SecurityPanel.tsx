import { useState } from 'preact/hooks';
import type { Reply } from '../core/messages/reply';
import { AUTO_LOCK_MINUTES, MIN_PASSPHRASE_LENGTH, type VaultState } from '../core/vault/vault-messages';
import { type ActionState, ActionStatus } from './ActionStatus';
import { PasswordField } from './PasswordField';

export interface SecurityPanelProps {
  autoLockMinutes: number;
  onChangePassphrase: (input: { current: string; next: string }) => Promise<Reply<VaultState>>;
  onSetAutoLock: (minutes: number) => Promise<Reply<VaultState>>;
  onLock: () => void;
}

/** Change the vault passphrase, choose the auto-lock delay, lock now. */
export function SecurityPanel(props: SecurityPanelProps) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [minutes, setMinutes] = useState(String(props.autoLockMinutes));
  const [passphraseState, setPassphraseState] = useState<ActionState>({ status: 'idle' });
  const [lockState, setLockState] = useState<ActionState>({ status: 'idle' });

  const changePassphrase = async (event: Event) => {
    event.preventDefault();
    if (next.length < MIN_PASSPHRASE_LENGTH) {
      return setPassphraseState({ status: 'failed', message: `Use at least ${MIN_PASSPHRASE_LENGTH} characters.` });
    }
    if (next !== confirm) return setPassphraseState({ status: 'failed', message: 'The new passphrases differ.' });
    setPassphraseState({ status: 'busy' });
    const reply = await props.onChangePassphrase({ current, next });
    if (!reply.ok) return setPassphraseState({ status: 'failed', message: reply.message });
    setPassphraseState({ status: 'done', message: 'Passphrase changed.' });
    setCurrent('');
    setNext('');
    setConfirm('');
  };
  const saveAutoLock = async (event: Event) => {
    event.preventDefault();
    const value = Number(minutes);
    if (!Number.isInteger(value) || value < AUTO_LOCK_MINUTES.min || value > AUTO_LOCK_MINUTES.max) {
      return setLockState({
        status: 'failed',
        message: `Choose a whole number of minutes from ${AUTO_LOCK_MINUTES.min} to ${AUTO_LOCK_MINUTES.max}.`,
      });
    }
    setLockState({ status: 'busy' });
    const reply = await props.onSetAutoLock(value);
    setLockState(
      reply.ok
        ? {
            status: 'done',
            message: value === 0 ? 'Sidekey locks when the browser closes.' : `Locks after ${value} minutes.`,
          }
        : { status: 'failed', message: reply.message },
    );
  };
  return (
    <section class="card security" aria-labelledby="security-title">
      <h2 id="security-title">Security</h2>
      <form onSubmit={changePassphrase}>
        <h3>Change passphrase</h3>
        <PasswordField
          label="Current passphrase"
          name="current"
          value={current}
          autoComplete="current-password"
          onInput={setCurrent}
        />
        <PasswordField label="New passphrase" name="next" value={next} autoComplete="new-password" onInput={setNext} />
        <PasswordField
          label="Confirm new passphrase"
          name="confirm"
          value={confirm}
          autoComplete="new-password"
          onInput={setConfirm}
        />
        <button type="submit" disabled={passphraseState.status === 'busy'}>
          Change passphrase
        </button>
        <ActionStatus state={passphraseState} />
      </form>
      <form onSubmit={saveAutoLock}>
        <h3>Auto-lock</h3>
        <label>
          Lock after this many idle minutes (0: only when the browser closes)
          <input
            type="number"
            name="auto-lock"
            min={AUTO_LOCK_MINUTES.min}
            max={AUTO_LOCK_MINUTES.max}
            value={minutes}
            onInput={(event) => setMinutes(event.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={lockState.status === 'busy'}>
          Save
        </button>{' '}
        <button type="button" name="lock-now" onClick={props.onLock}>
          Lock now
        </button>
        <ActionStatus state={lockState} />
      </form>
    </section>
  );
}
