import { SidekeyError } from '../errors/sidekey-error';
import type { AuthContext } from './auth-context';
import { signIn } from './sign-in';
import type { SignInOutput } from './sign-in-types';

/**
 * Amplify's `autoSignIn` after a confirmed sign-up (docs/cognito-api.md §6.1). USER_AUTH spends ConfirmSignUp's
 * Session on InitiateAuth, so no password or code is needed; other flows sign in with the remembered password.
 */
export async function autoSignIn(context: AuthContext): Promise<SignInOutput> {
  const slot = context.autoSignIn.slot;
  if (!slot?.confirmed)
    throw new SidekeyError({
      code: 'AutoSignInException',
      message: 'The autoSignIn flow has not started, or has been cancelled/completed.',
    });
  context.autoSignIn.slot = undefined;
  const userAuth = slot.signInInput.options?.authFlowType === 'USER_AUTH';
  return signIn(context, slot.signInInput, { session: userAuth ? slot.session : undefined });
}
