import { CognitoError } from '../errors/cognito-error';
import { availableFirstFactors } from './available-first-factors';
import { completeSignIn } from './complete-sign-in';
import { type InitiateInput, requireUsername } from './initiate-flows';
import { issueChallenge } from './issue-challenge';
import { requireSignInUser, requireUserCanSignIn } from './resolve-sign-in-target';
import type { AuthResponse, Ctx } from './sign-in-types';
import { startFirstFactor } from './start-first-factor';

/**
 * USER_AUTH (choice-based sign-in, cognito-protocol.md §2.6): with the `Session` ConfirmSignUp returned, tokens
 * straight away (auto sign-in, §6.1); with an available PREFERRED_CHALLENGE, that factor; otherwise SELECT_CHALLENGE
 * with the top-level `AvailableChallenges` (also when the preferred one is not available to this user).
 */
export async function initiateUserAuth(ctx: Ctx, input: InitiateInput): Promise<AuthResponse> {
  const username = requireUsername(input);
  const user = requireSignInUser(ctx, input.pool, input.client, username);
  requireUserCanSignIn(user);
  const target = { pool: input.pool, client: input.client, user };
  const flow = { authFlow: input.authFlow };
  if (input.session !== undefined) {
    redeemSignUpSession(ctx, input, user.Username);
    return completeSignIn(ctx, target, { ...flow, firstFactor: 'SIGN_UP' });
  }
  const factors = availableFirstFactors(input.pool, user);
  const preferred = input.parameters.PREFERRED_CHALLENGE;
  if (preferred && factors.includes(preferred)) {
    return startFirstFactor(ctx, target, { factor: preferred, parameters: input.parameters, flow });
  }
  if (factors.length === 0)
    throw new CognitoError('NotAuthorizedException', 'No sign-in method is available for this user.');
  return issueChallenge(
    ctx,
    { ...target, username: user.Username },
    {
      challengeName: 'SELECT_CHALLENGE',
      flow,
      parameters: { USERNAME: user.Username },
      availableChallenges: factors,
    },
  );
}

/** Redeems ConfirmSignUp's Session once: same client and user, within its lifetime. */
function redeemSignUpSession(ctx: Ctx, input: InitiateInput, username: string): void {
  const sessions = ctx.store.state.sessions;
  const id = input.session!;
  const record = Object.hasOwn(sessions, id) ? sessions[id] : undefined;
  const valid =
    record?.kind === 'SIGN_UP_CONFIRMED' &&
    record.poolId === input.pool.Id &&
    record.clientId === input.client.ClientId &&
    record.username === username;
  if (!valid) throw new CognitoError('NotAuthorizedException', 'Invalid session for the user.');
  delete sessions[id];
  ctx.store.changed();
  if (record.expiresAt <= ctx.clock.now()) {
    throw new CognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
  }
}
