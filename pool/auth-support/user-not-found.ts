import { CognitoError } from '../errors/cognito-error';

/**
 * The error for an unknown username in ForgotPassword, ConfirmSignUp and friends when the client does not
 * prevent user-existence errors (LEGACY): UserNotFoundException "Username/client id combination not found."
 */
export function userNotFound(): CognitoError {
  return new CognitoError('UserNotFoundException', 'Username/client id combination not found.');
}
