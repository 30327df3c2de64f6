import { readCodeRequest } from '../auth-support/read-code-request';
import { countPasswordResetAttempt } from '../codes/count-password-reset-attempt';
import { deliverCode } from '../codes/deliver-code';
import { recoveryChannel } from '../codes/recovery-channel';
import { CognitoError } from '../errors/cognito-error';
import type { Operation } from './operation-context';
import { simulatedDelivery } from './resend-confirmation-code';

/**
 * ForgotPassword: a FORGOT_PASSWORD code to the user's verified phone or email (AccountRecoverySetting order).
 * Users who must still change a temporary password, and disabled users, are refused as Cognito does.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html
 */
export const forgotPassword: Operation = (input, ctx) => {
  const { pool, username, user } = readCodeRequest(ctx, input);
  if (!user) return { CodeDeliveryDetails: simulatedDelivery(username) };
  if (!user.enabled) throw new CognitoError('NotAuthorizedException', 'User is disabled.');
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    throw new CognitoError('NotAuthorizedException', 'User password cannot be reset in the current state.');
  }
  const channel = recoveryChannel(pool, user);
  countPasswordResetAttempt(ctx, user);
  return ctx.store.mutate(() => ({
    CodeDeliveryDetails: deliverCode(ctx, { pool, user, purpose: 'FORGOT_PASSWORD', channel }).details,
  }));
};
