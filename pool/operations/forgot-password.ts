import { checkSecretHash } from '../auth-support/check-secret-hash';
import { readPublicClient } from '../auth-support/read-public-client';
import { userNotFound } from '../auth-support/user-not-found';
import { countPasswordResetAttempt } from '../codes/count-password-reset-attempt';
import { deliverCode } from '../codes/deliver-code';
import { recoveryChannel } from '../codes/recovery-channel';
import { CognitoError } from '../errors/cognito-error';
import type { Operation } from './operation-context';
import { readOptionalString, readString } from './read-input';
import { simulatedDelivery } from './resend-confirmation-code';

/**
 * ForgotPassword: a FORGOT_PASSWORD code to the user's verified phone or email (AccountRecoverySetting order).
 * Users who must still change a temporary password, and disabled users, are refused as Cognito does.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html
 */
export const forgotPassword: Operation = (input, ctx) => {
  const { pool, client } = readPublicClient(ctx, input);
  const username = readString(input, 'Username', { maxLength: 128 });
  checkSecretHash(client, { username, secretHash: readOptionalString(input, 'SecretHash') });
  const user = ctx.store.findUser(pool, username);
  if (!user) {
    if (client.PreventUserExistenceErrors === 'ENABLED') return { CodeDeliveryDetails: simulatedDelivery(username) };
    throw userNotFound();
  }
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
