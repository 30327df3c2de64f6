import { redeemSignUpSession } from '../auth-support/sign-up-session';
import { CognitoError } from '../errors/cognito-error';
import { availableFirstFactors } from './available-first-factors';
import { completeSignIn } from './complete-sign-in';
import { type InitiateInput, refuseDisabled, requireUsername } from './initiate-flows';
import { issueChallenge } from './issue-challenge';
import { requireSignInUser, requireUserCanSignIn } from './resolve-sign-in-target';
import type { AuthResponse, Ctx } from './sign-in-types';
import { startFirstFactor } from './start-first-factor';

/**
 * USER_AUTH (choice-based sign-in, docs/cognito-api.md §2.6): with the `Session` ConfirmSignUp returned, tokens
 * straight away (auto sign-in, §6.1); with an available PREFERRED_CHALLENGE, that factor; otherwise SELECT_CHALLENGE
 * with the top-level `AvailableChallenges` (also when the preferred one is not available to this user).
 */
export async function initiateUserAuth(ctx: Ctx, input: InitiateInput): Promise<AuthResponse> {
  const username = requireUsername(input);
  const user = requireSignInUser(ctx, input.pool, input.client, username);
  // Passwords prove themselves before the status is told (afterPassword); passwordless factors check it here.
  const passwordFirst = ['PASSWORD', 'PASSWORD_SRP'].includes(input.parameters.PREFERRED_CHALLENGE ?? '');
  if (passwordFirst) refuseDisabled(user.enabled);
  else requireUserCanSignIn(user);
  const target = { pool: input.pool, client: input.client, user };
  const flow = { authFlow: input.authFlow };
  if (input.session !== undefined) {
    try {
      redeemSignUpSession(ctx, { session: input.session, pool: input.pool, client: input.client, user });
    } finally {
      ctx.store.changed();
    }
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
