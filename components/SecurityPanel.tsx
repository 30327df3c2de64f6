import { useState } from 'preact/hooks';
import type { Reply } from '../core/messages/reply';
import { AUTO_LOCK_MINUTES, MIN_PASSPHRASE_LENGTH, type VaultState } from '../core/vault/vault-messages';
import { type ActionState, ActionStatus } from './ActionStatus';
import { PasswordField } from './PasswordField';
import { useT } from './translator-context';

export interface SecurityPanelProps {
  autoLockMinutes: number;
  onChangePassphrase: (input: { current: string; next: string }) => Promise<Reply<VaultState>>;
  onSetAutoLock: (minutes: number) => Promise<Reply<VaultState>>;
  onLock: () => void;
}

/** Change the vault passphrase, choose the auto-lock delay, lock now. */
export function SecurityPanel(props: SecurityPanelProps) {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [minutes, setMinutes] = useState(String(props.autoLockMinutes));
  const [passphraseState, setPassphraseState] = useState<ActionState>({ status: 'idle' });
  const [lockState, setLockState] = useState<ActionState>({ status: 'idle' });

  const changePassphrase = async (event: Event) => {
    event.preventDefault();
    if (next.length < MIN_PASSPHRASE_LENGTH) {
      return setPassphraseState({ status: 'failed', message: t('setup_too_short', String(MIN_PASSPHRASE_LENGTH)) });
    }
    if (next !== confirm) return setPassphraseState({ status: 'failed', message: t('security_new_mismatch') });
    setPassphraseState({ status: 'busy' });
    const reply = await props.onChangePassphrase({ current, next });
    if (!reply.ok) return setPassphraseState({ status: 'failed', message: reply.message });
    setPassphraseState({ status: 'done', message: t('security_passphrase_changed') });
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
        message: t('security_auto_lock_range', [String(AUTO_LOCK_MINUTES.min), String(AUTO_LOCK_MINUTES.max)]),
      });
    }
    setLockState({ status: 'busy' });
    const reply = await props.onSetAutoLock(value);
    setLockState(
      reply.ok
        ? {
            status: 'done',
            message: value === 0 ? t('security_locks_on_close') : t('security_locks_after', String(value)),
          }
        : { status: 'failed', message: reply.message },
    );
  };
  return (
    <section class="card security" aria-labelledby="security-title">
      <h2 id="security-title">{t('security_title')}</h2>
      <form onSubmit={changePassphrase}>
        <h3>{t('security_change_title')}</h3>
        <PasswordField
          label={t('security_current')}
          name="current"
          value={current}
          autoComplete="current-password"
          onInput={setCurrent}
        />
        <PasswordField
          label={t('security_new')}
          name="next"
          value={next}
          autoComplete="new-password"
          onInput={setNext}
        />
        <PasswordField
          label={t('security_confirm_new')}
          name="confirm"
          value={confirm}
          autoComplete="new-password"
          onInput={setConfirm}
        />
        <button type="submit" disabled={passphraseState.status === 'busy'}>
          {t('security_change_button')}
        </button>
        <ActionStatus state={passphraseState} />
      </form>
      <form onSubmit={saveAutoLock}>
        <h3>{t('security_auto_lock_title')}</h3>
        <label>
          {t('security_auto_lock_label')}
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
          {t('action_save')}
        </button>{' '}
        <button type="button" name="lock-now" onClick={props.onLock}>
          {t('security_lock_now')}
        </button>
        <ActionStatus state={lockState} />
      </form>
    </section>
  );
}
