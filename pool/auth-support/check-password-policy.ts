import { CognitoError } from '../errors/cognito-error';
import type { PasswordPolicy } from '../state/types';

/** The symbols Cognito counts as special characters (https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html). */
const SYMBOLS = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ');

/**
 * Throws `InvalidPasswordException` with Cognito's "Password did not conform with policy: …" messages when
 * `password` breaks the pool's policy. Checks run in Cognito's order: length, then character classes.
 */
export function checkPasswordPolicy(policy: PasswordPolicy, password: string): void {
  const refuse = (reason: string) =>
    new CognitoError('InvalidPasswordException', `Password did not conform with policy: ${reason}`);
  const chars = [...password];
  if (chars.length < policy.MinimumLength) throw refuse('Password not long enough');
  if (chars.length > 256) throw refuse('Password must have less than 256 characters');
  if (password.startsWith(' ') || password.endsWith(' ')) {
    throw refuse('Password must not contain leading or trailing space');
  }
  if (policy.RequireLowercase && !/[a-z]/.test(password)) throw refuse('Password must have lowercase characters');
  if (policy.RequireUppercase && !/[A-Z]/.test(password)) throw refuse('Password must have uppercase characters');
  if (policy.RequireNumbers && !/[0-9]/.test(password)) throw refuse('Password must have numeric characters');
  if (policy.RequireSymbols && !chars.some((char) => SYMBOLS.has(char))) {
    throw refuse('Password must have symbol characters');
  }
}
