import { SidekeyError } from '../errors/sidekey-error';
import type { AuthContext } from './auth-context';
import { errorAsStep } from './error-as-step';
import { runSignIn } from './run-sign-in';
import { signInException } from './sign-in-exception';
import type { SignInRun } from './sign-in-run';
import { transitionOnAnswer } from './sign-in-transition';
import type { ConfirmSignInInput, SignInOutput } from './sign-in-types';

/**
 * Amplify's `confirmSignIn`: loads the sign-in in progress from storage (so it works after a worker restart),
 * sends the answer the challenge table prescribes and runs on. A failure keeps the state, so a mistyped code
 * can be tried again on the same Session (docs/cognito-api.md §5).
 */
export async function confirmSignIn(context: AuthContext, input: ConfirmSignInInput): Promise<SignInOutput> {
  if (!input.challengeResponse)
    throw new SidekeyError({
      code: 'EmptyChallengeResponse',
      message: 'challengeResponse is required to confirmSignIn',
    });
  const state = await context.signInState.load();
  if (!state)
    throw signInException(
      'Sign in has not been started, or it failed, or its session expired. Make sure a successful call to signIn is made before calling confirmSignIn.',
    );
  const effect = transitionOnAnswer({ state, challengeResponse: input.challengeResponse, options: input.options });
  const run: SignInRun = {
    state,
    typedUsername: state.username,
    signInDetails: state.signInDetails,
    clientMetadata: input.options?.clientMetadata,
    memory: {},
  };
  try {
    return await runSignIn(context, run, effect);
  } catch (error) {
    return errorAsStep(error);
  }
}
