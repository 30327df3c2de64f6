import { checkPasswordPolicy } from '../auth-support/check-password-policy';
import { hiddenUserCodeMismatch, readCodeRequest } from '../auth-support/read-code-request';
import { setUserPassword } from '../auth-support/set-user-password';
import { countPasswordResetAttempt } from '../codes/count-password-reset-attempt';
import { redeemCode } from '../codes/redeem-code';
import type { Operation } from './operation-context';
import { readString } from './read-input';

/**
 * ConfirmForgotPassword: checks the password policy, then the FORGOT_PASSWORD code, then sets the new password;
 * a RESET_REQUIRED (or UNCONFIRMED) user becomes CONFIRMED.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmForgotPassword.html
 */
export const confirmForgotPassword: Operation = async (input, ctx) => {
  const { pool, user } = readCodeRequest(ctx, input);
  const code = readString(input, 'ConfirmationCode', { maxLength: 2048 });
  const password = readString(input, 'Password', { maxLength: 256 });
  if (!user) throw hiddenUserCodeMismatch();
  checkPasswordPolicy(pool.config.Policies.PasswordPolicy, password);
  ctx.store.mutate(() => {
    countPasswordResetAttempt(ctx, user);
    redeemCode(ctx, { user, purpose: 'FORGOT_PASSWORD', code });
  });
  await setUserPassword(ctx, { pool, user, password });
  user.status = 'CONFIRMED';
  user.failedSignIns = { count: 0 };
  ctx.store.changed();
  return {};
};
