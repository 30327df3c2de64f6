import { deliverCode } from '../codes/deliver-code';
import { recoveryChannel } from '../codes/recovery-channel';
import type { Operation } from './operation-context';
import { readString } from './read-input';

/**
 * AdminResetUserPassword: the user becomes RESET_REQUIRED (sign-in answers PasswordResetRequiredException) and,
 * when the user has a verified email or phone, gets a FORGOT_PASSWORD code for ConfirmForgotPassword.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminResetUserPassword.html
 */
export const adminResetUserPassword: Operation = (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  const user = ctx.store.requireUser(pool, readString(input, 'Username', { maxLength: 128 }));
  const channel = recoveryChannel(pool, user);
  ctx.store.mutate(() => {
    user.status = 'RESET_REQUIRED';
    user.updatedAt = ctx.clock.now();
    deliverCode(ctx, { pool, user, purpose: 'FORGOT_PASSWORD', channel });
  });
  return {};
};
