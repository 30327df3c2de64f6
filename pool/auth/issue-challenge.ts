import { issueSession } from './session-store';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';

/**
 * Answers with a challenge: a fresh single-use Session bound to the target and `challengeName`, holding `flow`.
 * `secretBlock` lets SRP verifier answers that carry no Session find it.
 */
export function issueChallenge(
  ctx: Ctx,
  target: Pick<SignInTarget, 'pool' | 'client'> & { username: string },
  options: {
    challengeName: string;
    flow: FlowState;
    parameters?: Record<string, string>;
    availableChallenges?: string[];
    secretBlock?: string;
  },
): AuthResponse {
  const session = issueSession(ctx, {
    poolId: target.pool.Id,
    clientId: target.client.ClientId,
    username: target.username,
    challengeName: options.challengeName,
    flow: options.flow,
    ttlMs: target.client.AuthSessionValidity * 60_000,
    ...(options.secretBlock ? { secretBlock: options.secretBlock } : {}),
  });
  ctx.store.changed();
  return {
    ChallengeName: options.challengeName,
    Session: session,
    ChallengeParameters: options.parameters ?? {},
    ...(options.availableChallenges ? { AvailableChallenges: options.availableChallenges } : {}),
  };
}
