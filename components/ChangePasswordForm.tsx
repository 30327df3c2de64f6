import { useEffect, useRef, useState } from 'preact/hooks';
import { COGNITO_DEFAULT_POLICY } from '../core/profiles/password-policy';
import type { AccountSettingsProps } from './account-settings-props';
import { checkNewPassword } from './check-new-password';
import type { FlowError } from './flow-error';
import { PasswordRules } from './PasswordRules';
import { SettingsNoteText } from './SettingsNoteText';
import { useT } from './translator-context';

/** The inputs a failure may name (`field` of the reply), in the order they are shown. */
const FIELDS = ['oldPassword', 'newPassword'] as const;

/**
 * Changing the signed-in user's password (Amplify's `updatePassword`, named on hover): the current one, the new one
 * twice against the pool's policy. A failure is shown at the field it names and focuses it; after success the
 * fields are cleared (the saved sign-in is updated by the caller only then).
 */
export function ChangePasswordForm(
  props: Pick<AccountSettingsProps, 'busy' | 'notes' | 'passwordPolicy' | 'onChangePassword'>,
) {
  const t = useT();
  const [oldPassword, setOld] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  /** A new password refused here, before it is sent: it misses the pool's rules, or its copy differs. */
  const [local, setLocal] = useState<FlowError>();
  const note = props.notes.password;
  const busy = props.busy.password === true;
  const refs = { oldPassword: useRef<HTMLInputElement>(null), newPassword: useRef<HTMLInputElement>(null) };
  const repeatRef = useRef<HTMLInputElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a new outcome arrives; the refs are stable.
  useEffect(() => {
    if (note?.failed && note.field && note.field in refs) refs[note.field as keyof typeof refs].current?.focus();
    if (note && !note.failed) {
      setOld('');
      setNew('');
      setRepeat('');
    }
  }, [note]);
  const errorAt = (field: string) =>
    local?.field === field ? local.text : note?.failed && note.field === field ? note.text : undefined;
  const mismatch = errorAt('repeatPassword');

  const input = (field: (typeof FIELDS)[number], label: string, value: string, onInput: (value: string) => void) => {
    const error = errorAt(field);
    return (
      <>
        <label>
          {label}
          <input
            ref={refs[field]}
            type="password"
            name={field}
            autoComplete={field === 'oldPassword' ? 'current-password' : 'new-password'}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={
              [error ? `${field}-error` : '', field === 'newPassword' ? 'new-password-rules' : ''].join(' ').trim() ||
              undefined
            }
            value={value}
            onInput={(event) => onInput(event.currentTarget.value)}
          />
        </label>
        {error && (
          <p id={`${field}-error`} class="field-error" role="alert">
            {error}
          </p>
        )}
      </>
    );
  };

  return (
    <section class="change-password" aria-labelledby="change-password-title">
      <h3 id="change-password-title">{t('settings_password_title')}</h3>
      <form
        class="change-password-form"
        onSubmit={(event) => {
          event.preventDefault();
          const policy = props.passwordPolicy ?? COGNITO_DEFAULT_POLICY;
          const input = { policy, password: newPassword, repeat, field: 'newPassword', repeatField: 'repeatPassword' };
          const failure = checkNewPassword(input, t);
          setLocal(failure);
          if (failure) {
            (failure.field === 'newPassword' ? refs.newPassword : repeatRef).current?.focus();
            return;
          }
          props.onChangePassword({ oldPassword, newPassword });
        }}
      >
        {input('oldPassword', t('settings_password_old'), oldPassword, setOld)}
        {input('newPassword', t('settings_password_new'), newPassword, setNew)}
        <PasswordRules id="new-password-rules" policy={props.passwordPolicy} password={newPassword} />
        <label>
          {t('settings_password_repeat')}
          <input
            ref={repeatRef}
            type="password"
            name="repeatPassword"
            autoComplete="new-password"
            required
            aria-invalid={mismatch ? true : undefined}
            aria-describedby={mismatch ? 'repeat-password-error' : undefined}
            value={repeat}
            onInput={(event) => setRepeat(event.currentTarget.value)}
          />
        </label>
        {mismatch && (
          <p id="repeat-password-error" class="field-error" role="alert">
            {mismatch}
          </p>
        )}
        <button
          type="submit"
          class="change-password-submit"
          title="updatePassword"
          aria-label={t('control_change_password')}
          disabled={busy}
        >
          {t('settings_password_submit')}
        </button>
      </form>
      <SettingsNoteText note={note} fields={FIELDS} />
    </section>
  );
}
