import { checkSecretHash } from '../auth-support/check-secret-hash';
import { CognitoError } from '../errors/cognito-error';
import type { AppClient, PoolUser, UserPool } from '../state/types';
import type { Ctx } from './sign-in-types';

/** The message Cognito gives for a wrong password and, with existence errors prevented, for an unknown user. */
export const incorrectCredentials = 'Incorrect username or password.';

/** ExplicitAuthFlows entry each AuthFlow needs (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html). */
const requiredFlow: Record<string, string> = {
  USER_SRP_AUTH: 'ALLOW_USER_SRP_AUTH',
  USER_PASSWORD_AUTH: 'ALLOW_USER_PASSWORD_AUTH',
  CUSTOM_AUTH: 'ALLOW_CUSTOM_AUTH',
  USER_AUTH: 'ALLOW_USER_AUTH',
  REFRESH_TOKEN_AUTH: 'ALLOW_REFRESH_TOKEN_AUTH',
  REFRESH_TOKEN: 'ALLOW_REFRESH_TOKEN_AUTH',
};

/** Refuses an AuthFlow the app client's ExplicitAuthFlows do not allow (`InvalidParameterException`). */
export function requireFlowEnabled(client: AppClient, authFlow: string): void {
  const needed = requiredFlow[authFlow];
  if (!needed) {
    throw new CognitoError(
      'InvalidParameterException',
      `1 validation error detected: Value '${authFlow.slice(0, 64)}' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set: [USER_SRP_AUTH, REFRESH_TOKEN_AUTH, REFRESH_TOKEN, CUSTOM_AUTH, USER_PASSWORD_AUTH, USER_AUTH]`,
    );
  }
  // Refresh is always allowed in Cognito ("ALLOW_REFRESH_TOKEN_AUTH" is implied for every client).
  if (needed === 'ALLOW_REFRESH_TOKEN_AUTH') return;
  if (!client.ExplicitAuthFlows.includes(needed)) {
    throw new CognitoError('InvalidParameterException', `${authFlow} flow not enabled for this client`);
  }
}

/** The user for `username`, or the existence error the client's PreventUserExistenceErrors setting calls for. */
export function requireSignInUser(ctx: Ctx, pool: UserPool, client: AppClient, username: string): PoolUser {
  const user = ctx.store.findUser(pool, username);
  if (user) return user;
  throw unknownUserError(client);
}

/** `NotAuthorizedException` "Incorrect username or password." when existence errors are prevented, else `UserNotFoundException`. */
export function unknownUserError(client: AppClient): CognitoError {
  return client.PreventUserExistenceErrors === 'ENABLED'
    ? new CognitoError('NotAuthorizedException', incorrectCredentials)
    : new CognitoError('UserNotFoundException', 'User does not exist.');
}

/** Checks SECRET_HASH for clients with a secret (against the username the client sent). */
export function requireSecretHash(client: AppClient, parameters: Record<string, string>, username: string): void {
  checkSecretHash(client, { username, secretHash: parameters.SECRET_HASH });
}

/**
 * Refuses users who may not sign in, with Cognito's errors: disabled → `NotAuthorizedException` "User is
 * disabled."; UNCONFIRMED → `UserNotConfirmedException`; RESET_REQUIRED → `PasswordResetRequiredException`.
 * Amplify turns the last two into CONFIRM_SIGN_UP and RESET_PASSWORD steps (docs/cognito-api.md §2.9).
 */
export function requireUserCanSignIn(user: PoolUser): void {
  if (!user.enabled) throw new CognitoError('NotAuthorizedException', 'User is disabled.');
  if (user.status === 'UNCONFIRMED') throw new CognitoError('UserNotConfirmedException', 'User is not confirmed.');
  if (user.status === 'RESET_REQUIRED') {
    throw new CognitoError('PasswordResetRequiredException', 'Password reset required for the user');
  }
}
