import type { PasswordPolicy } from '../core/profiles/password-policy';
import { FieldAlert } from './FieldAlert';
import type { FlowError } from './flow-error';
import { PasswordRules } from './PasswordRules';
import { useT } from './translator-context';

/**
 * A new password typed twice, with the pool's rules marked as they are met; `name` is the input the request
 * calls it (`password`, `newPassword`), the second copy `<name>Repeat`. Failures show under the field they name.
 */
export function NewPasswordFields(props: {
  name: string;
  label: string;
  policy: PasswordPolicy;
  password: string;
  repeat: string;
  error?: FlowError;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
}) {
  const t = useT();
  const { name, error } = props;
  const repeatName = `${name}Repeat`;
  const describedBy = (field: string, extra?: string) =>
    [error?.field === field ? `${field}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <label>
        {props.label}
        <input
          type="password"
          name={name}
          autoComplete="new-password"
          required
          aria-invalid={error?.field === name || undefined}
          aria-describedby={describedBy(name, `${name}-rules`)}
          value={props.password}
          onInput={(event) => props.onPassword(event.currentTarget.value)}
        />
      </label>
      <FieldAlert error={error} field={name} />
      <PasswordRules id={`${name}-rules`} policy={props.policy} password={props.password} />
      <label>
        {t('account_password_repeat')}
        <input
          type="password"
          name={repeatName}
          autoComplete="new-password"
          required
          aria-invalid={error?.field === repeatName || undefined}
          aria-describedby={describedBy(repeatName)}
          value={props.repeat}
          onInput={(event) => props.onRepeat(event.currentTarget.value)}
        />
      </label>
      <FieldAlert error={error} field={repeatName} />
    </>
  );
}
