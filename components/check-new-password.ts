import { type PasswordPolicy, unmetPasswordRules } from '../core/profiles/password-policy';
import type { FlowError } from './flow-error';
import type { Translate } from './translator-context';

/**
 * Whether a new password may be sent: it meets the pool's `policy` and was typed the same twice. Answers the
 * failure at the field to fix (`field`, or `repeatField`, `<field>Repeat` unless named, for the second copy), or
 * undefined when it may.
 */
export function checkNewPassword(
  input: { policy: PasswordPolicy; password: string; repeat: string; field: string; repeatField?: string },
  t: Translate,
): FlowError | undefined {
  if (unmetPasswordRules(input.policy, input.password).length > 0) {
    return { text: t('account_password_unmet'), field: input.field };
  }
  if (input.password !== input.repeat) {
    return { text: t('account_passwords_differ'), field: input.repeatField ?? `${input.field}Repeat` };
  }
  return undefined;
}
