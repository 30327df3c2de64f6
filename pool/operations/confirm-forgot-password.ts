import { checkPasswordPolicy } from '../auth-support/check-password-policy';
import { checkSecretHash } from '../auth-support/check-secret-hash';
import { readPublicClient } from '../auth-support/read-public-client';
import { setUserPassword } from '../auth-support/set-user-password';
import { userNotFound } from '../auth-support/user-not-found';
import { countPasswordResetAttempt } from '../codes/count-password-reset-attempt';
import { redeemCode } from '../codes/redeem-code';
import { CognitoError } from '../errors/cognito-error';
import type { Operation } from './operation-context';
import { readOptionalString, readString } from './read-input';

/**
 * ConfirmForgotPassword: checks the password policy, then the FORGOT_PASSWORD code, then sets the new password;
 * a RESET_REQUIRED (or UNCONFIRMED) user becomes CONFIRMED.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmForgotPassword.html
 */
export const confirmForgotPassword: Operation = async (input, ctx) => {
  const { pool, client } = readPublicClient(ctx, input);
  const username = readString(input, 'Username', { maxLength: 128 });
  const code = readString(input, 'ConfirmationCode', { maxLength: 2048 });
  const password = readString(input, 'Password', { maxLength: 256 });
  checkSecretHash(client, { username, secretHash: readOptionalString(input, 'SecretHash') });
  const user = ctx.store.findUser(pool, username);
  if (!user) {
    if (client.PreventUserExistenceErrors === 'ENABLED') {
      throw new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');
    }
    throw userNotFound();
  }
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
