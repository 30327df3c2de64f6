import type { AuthContext } from './auth-context';
import { CHALLENGE_STEPS, challengeStep } from './challenge-steps';
import type { SignInNextStep } from './sign-in-types';

/** A sign-in waiting for the user's answer: who is signing in and the step `confirmSignIn` expects. */
export type PendingSignIn = { username: string; nextStep: SignInNextStep };

/**
 * The step of the sign-in in progress, read from storage without any request, so a page opened again can show
 * the prompt it closed on. Built through the one challenge table; a state whose row is internal work (an effect,
 * not a step) or unknown answers `undefined`. An expired state throws `SignInSessionExpired` and is forgotten.
 */
export async function getPendingSignIn(context: AuthContext): Promise<PendingSignIn | undefined> {
  const state = await context.signInState.load();
  if (!state || !Object.hasOwn(CHALLENGE_STEPS, state.challengeName)) return undefined;
  const outcome = challengeStep(state.challengeName).step(state);
  return 'nextStep' in outcome ? { username: state.username, nextStep: outcome.nextStep } : undefined;
}
