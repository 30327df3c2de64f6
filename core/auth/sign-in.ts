import { SidekeyError } from '../errors/sidekey-error';
import type { AuthContext } from './auth-context';
import { errorAsStep } from './error-as-step';
import { getCurrentUser } from './get-current-user';
import { runSignIn } from './run-sign-in';
import { firstSignInEffect } from './sign-in-flows';
import type { SignInRun } from './sign-in-run';
import type { SignInInput, SignInOutput } from './sign-in-types';

async function assertNoSignedInUser(context: AuthContext): Promise<void> {
  const user = await getCurrentUser(context).catch(() => undefined);
  if (user?.username)
    throw new SidekeyError({
      code: 'UserAlreadyAuthenticatedException',
      message: 'There is already a signed in user.',
    });
}

/**
 * Amplify's `signIn` (docs/cognito-api.md §2.1): refuses when someone is signed in, starts the chosen flow and
 * runs it until a step needs the user. Like Amplify it cancels a pending auto sign-in; any failure forgets the sign-in
 * in progress.
 */
export async function signIn(
  context: AuthContext,
  input: SignInInput,
  options: { session?: string } = {},
): Promise<SignInOutput> {
  const effect = firstSignInEffect({ ...input, session: options.session });
  context.autoSignIn.slot = undefined;
  await assertNoSignedInUser(context);
  await context.signInState.clear();
  const run: SignInRun = {
    typedUsername: input.username,
    signInDetails: { loginId: input.username, authFlowType: input.options?.authFlowType ?? 'USER_SRP_AUTH' },
    clientMetadata: input.options?.clientMetadata,
    memory: {},
  };
  try {
    return await runSignIn(context, run, effect);
  } catch (error) {
    await context.signInState.clear();
    return errorAsStep(error);
  }
}
