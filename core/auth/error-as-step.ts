import { isSidekeyError } from '../errors/sidekey-error';
import type { SignInOutput } from './sign-in-types';

/**
 * Two Cognito errors are next steps, not failures (docs/cognito-api.md §2.9): a required password reset and an
 * unconfirmed account. Everything else is rethrown.
 */
export function errorAsStep(error: unknown): SignInOutput {
  if (isSidekeyError(error, 'PasswordResetRequiredException'))
    return { isSignedIn: false, nextStep: { signInStep: 'RESET_PASSWORD' } };
  if (isSidekeyError(error, 'UserNotConfirmedException'))
    return { isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_UP' } };
  throw error;
}
