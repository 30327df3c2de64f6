import type { AuthContext } from './auth-context';
import { errorAsStep } from './error-as-step';
import { runSignIn } from './run-sign-in';
import { signInException } from './sign-in-exception';
import { transitionOnAnswer } from './sign-in-transition';
import type { ConfirmSignInInput, SignInOutput } from './sign-in-types';

/**
 * Amplify's `confirmSignIn`: loads the sign-in in progress from storage (so it works after a worker restart),
 * sends the answer the challenge table prescribes and runs on. A failure keeps the state, so a mistyped code
 * can be tried again on the same Session (cognito-protocol.md §5).
 */
export async function confirmSignIn(context: AuthContext, input: ConfirmSignInInput): Promise<SignInOutput> {
  const state = await context.signInState.load();
  const effect = state
    ? transitionOnAnswer({ state, challengeResponse: input.challengeResponse, options: input.options })
    : undefined;
  if (!state || !effect)
    throw signInException(
      'Sign in has not been started, or it failed, or its session expired. Make sure a successful call to signIn is made before calling confirmSignIn.',
    );
  const run = {
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
