import { checkPassword } from '../auth-support/check-password';
import { CognitoError } from '../errors/cognito-error';
import type { AppClient, UserPool } from '../state/types';
import { afterPassword, checkPasswordWithLockout } from './after-password';
import { requireCustomAuth, startCustomChallenge } from './custom-auth-triggers';
import { requireSecretHash, requireSignInUser, requireUserCanSignIn, unknownUserError } from './resolve-sign-in-target';
import type { AuthResponse, Ctx } from './sign-in-types';
import { startPasswordVerifier } from './start-password-verifier';

/** What every InitiateAuth flow gets. */
export interface InitiateInput {
  pool: UserPool;
  client: AppClient;
  authFlow: string;
  parameters: Record<string, string>;
  session?: string;
}

/** The USERNAME auth parameter (`InvalidParameterException` when missing), after the SECRET_HASH check. */
export function requireUsername(input: InitiateInput): string {
  const username = input.parameters.USERNAME;
  if (!username) throw new CognitoError('InvalidParameterException', 'Missing required parameter USERNAME');
  requireSecretHash(input.client, input.parameters, username);
  return username;
}

/** `NotAuthorizedException` "User is disabled." for a disabled user. */
export function refuseDisabled(enabled: boolean): void {
  if (!enabled) throw new CognitoError('NotAuthorizedException', 'User is disabled.');
}

/** USER_PASSWORD_AUTH {USERNAME, PASSWORD, DEVICE_KEY?} (docs/cognito-api.md §2.3). */
export async function initiatePasswordAuth(ctx: Ctx, input: InitiateInput): Promise<AuthResponse> {
  const username = requireUsername(input);
  const password = input.parameters.PASSWORD;
  if (!password) throw new CognitoError('InvalidParameterException', 'Missing required parameter PASSWORD');
  const user = requireSignInUser(ctx, input.pool, input.client, username);
  refuseDisabled(user.enabled);
  const target = { pool: input.pool, client: input.client, user };
  await checkPasswordWithLockout(ctx, target, () => checkPassword(user, password));
  const deviceKey = input.parameters.DEVICE_KEY;
  return afterPassword(ctx, target, {
    authFlow: input.authFlow,
    firstFactor: 'PASSWORD',
    ...(deviceKey ? { deviceKey } : {}),
  });
}

/**
 * USER_SRP_AUTH {USERNAME, SRP_A} → PASSWORD_VERIFIER (docs/cognito-api.md §2.2). An unknown user gets a decoy
 * challenge when existence errors are prevented, so the refusal comes at the verifier step as for a wrong password.
 */
export function initiateSrpAuth(ctx: Ctx, input: InitiateInput): AuthResponse {
  const username = requireUsername(input);
  const user = ctx.store.findUser(input.pool, username);
  if (!user && input.client.PreventUserExistenceErrors !== 'ENABLED') throw unknownUserError(input.client);
  if (user) refuseDisabled(user.enabled);
  const deviceKey = input.parameters.DEVICE_KEY;
  return startPasswordVerifier(
    ctx,
    { pool: input.pool, client: input.client, user, username },
    { srpA: input.parameters.SRP_A, flow: { authFlow: input.authFlow, ...(deviceKey ? { deviceKey } : {}) } },
  );
}

/**
 * CUSTOM_AUTH {USERNAME, DEVICE_KEY?} → CUSTOM_CHALLENGE, or with `SRP_A` (Amplify's CUSTOM_WITH_SRP sends
 * `CHALLENGE_NAME: SRP_A`) → PASSWORD_VERIFIER first (docs/cognito-api.md §2.4/§2.5).
 */
export function initiateCustomAuth(ctx: Ctx, input: InitiateInput): AuthResponse {
  const username = requireUsername(input);
  const user = requireSignInUser(ctx, input.pool, input.client, username);
  refuseDisabled(user.enabled);
  const target = { pool: input.pool, client: input.client, user };
  const withSrp = input.parameters.SRP_A !== undefined;
  requireCustomAuth(target, { withSrp });
  const deviceKey = input.parameters.DEVICE_KEY;
  const flow = { authFlow: input.authFlow, firstFactor: 'CUSTOM' as const, ...(deviceKey ? { deviceKey } : {}) };
  if (withSrp) return startPasswordVerifier(ctx, { ...target, username }, { srpA: input.parameters.SRP_A, flow });
  requireUserCanSignIn(user);
  return startCustomChallenge(ctx, target, flow);
}
