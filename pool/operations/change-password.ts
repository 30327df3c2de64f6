import { checkPassword } from '../auth-support/check-password';
import { checkPasswordPolicy } from '../auth-support/check-password-policy';
import { setUserPassword } from '../auth-support/set-user-password';
import { CognitoError } from '../errors/cognito-error';
import type { Operation } from './operation-context';
import { readOptionalString, readString } from './read-input';

/**
 * ChangePassword with an access token. PreviousPassword is required when the user has a password (it may be
 * left out only by passwordless users); a wrong one is NotAuthorizedException "Incorrect username or password.".
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ChangePassword.html
 */
export const changePassword: Operation = async (input, ctx) => {
  const { pool, user } = ctx.tokens.verifyAccessToken(input.AccessToken);
  const proposed = readString(input, 'ProposedPassword', { maxLength: 256 });
  const previous = readOptionalString(input, 'PreviousPassword', { maxLength: 256 });
  if (user.password) {
    if (previous === undefined) readString(input, 'PreviousPassword');
    if (!(await checkPassword(user, previous ?? ''))) {
      throw new CognitoError('NotAuthorizedException', 'Incorrect username or password.');
    }
  }
  checkPasswordPolicy(pool.config.Policies.PasswordPolicy, proposed);
  await setUserPassword(ctx, { pool, user, password: proposed });
  ctx.store.changed();
  return {};
};
