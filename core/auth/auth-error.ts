import { SidekeyError } from '../errors/sidekey-error';

/**
 * An error of the sign-in engine, shaped as Amplify JS v6's `AuthError` so code written for Amplify reads it
 * unchanged: `name` is Cognito's exception name (`NotAuthorizedException`) or Amplify's own
 * (`SignInException`, `EmptySignInUsername`, …), then `message`, a `recoverySuggestion` where there is one, and
 * the `underlyingError` it wraps (the same as `cause`). It stays a {@link SidekeyError} whose stable `code` is
 * that same name, so extension pages, which read `code`, see no difference.
 */
export class AuthError extends SidekeyError {
  override readonly name: string;
  readonly recoverySuggestion: string | undefined;
  readonly underlyingError: unknown;

  constructor(options: { code: string; message: string; recoverySuggestion?: string; cause?: unknown }) {
    super(options);
    this.name = options.code;
    this.recoverySuggestion = options.recoverySuggestion;
    this.underlyingError = options.cause;
  }
}

/** Amplify's `SignInException` for a sign-in that cannot go on (unknown challenge, bad state, bad setup answer). */
export function signInException(message: string, recoverySuggestion?: string): AuthError {
  return new AuthError({ code: 'SignInException', message, recoverySuggestion });
}
