import { checkPasswordPolicy } from '../auth-support/check-password-policy';
import { checkSecretHash } from '../auth-support/check-secret-hash';
import { readPublicClient } from '../auth-support/read-public-client';
import { setUserPassword } from '../auth-support/set-user-password';
import { deliverCode } from '../codes/deliver-code';
import { signUpChannel } from '../codes/sign-up-channel';
import { CognitoError } from '../errors/cognito-error';
import { createPoolUser } from '../state/create-pool-user';
import { checkRequiredAttributes, readUserAttributes } from '../state/read-user-attributes';
import { resolveNewUsername } from '../state/resolve-new-username';
import type { Operation } from './operation-context';
import { readOptionalAttributeList, readOptionalString, readString } from './read-input';

/**
 * SignUp: an UNCONFIRMED user; the confirmation code goes to an auto-verified email/phone (SMS first when both).
 * Answers UserConfirmed, UserSub, CodeDeliveryDetails (when a code went out) and a Session.
 * A password is optional only in pools that allow passwordless first factors.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html
 */
export const signUp: Operation = async (input, ctx) => {
  const { pool, client } = readPublicClient(ctx, input);
  const requested = readString(input, 'Username', { maxLength: 128 });
  checkSecretHash(client, { username: requested, secretHash: readOptionalString(input, 'SecretHash') });
  if (pool.config.AdminCreateUserConfig.AllowAdminCreateUserOnly) {
    throw new CognitoError('NotAuthorizedException', 'SignUp is not permitted for this user pool');
  }
  const password = readOptionalString(input, 'Password', { maxLength: 256 });
  if (password === undefined && pool.config.Policies.SignInPolicy.AllowedFirstAuthFactors.length <= 1) {
    throw new CognitoError('InvalidParameterException', 'Password is required for this user pool.');
  }
  const pairs = readOptionalAttributeList(input, 'UserAttributes') ?? [];
  const attributes = readUserAttributes(pool, pairs, {
    writer: 'user',
    creating: true,
    ...(client.WriteAttributes ? { writableByClient: client.WriteAttributes } : {}),
  });
  const resolved = resolveNewUsername(pool, requested, attributes);
  checkRequiredAttributes(pool, resolved.attributes);
  if (password !== undefined) checkPasswordPolicy(pool.config.Policies.PasswordPolicy, password);
  const user = createPoolUser(ctx, {
    pool,
    ...(resolved.username !== undefined ? { username: resolved.username } : {}),
    attributes: resolved.attributes,
    status: 'UNCONFIRMED',
  });
  try {
    if (password !== undefined) await setUserPassword(ctx, { pool, user, password });
  } catch (error) {
    delete pool.users[user.Username];
    throw error;
  }
  const channel = signUpChannel(pool, user);
  const delivery = channel
    ? deliverCode(ctx, {
        pool,
        user,
        purpose: 'SIGN_UP',
        channel,
        attribute: channel === 'EMAIL' ? 'email' : 'phone_number',
      }).details
    : undefined;
  ctx.store.changed();
  return {
    UserConfirmed: false,
    UserSub: user.sub,
    ...(delivery ? { CodeDeliveryDetails: delivery } : {}),
  };
};
