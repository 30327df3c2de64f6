/**
 * The one error type Sidekey throws on purpose. `code` is stable and machine-readable; `message` is
 * for people. Cognito service errors keep Cognito's exception names as their code (for example
 * `NotAuthorizedException`), engine errors use Amplify's names (for example `SignInException`), and
 * Sidekey's own failures use the codes listed in {@link SidekeyErrorCode}.
 */
export class SidekeyError extends Error {
  override readonly name: string = 'SidekeyError';
  readonly code: string;

  constructor(options: { code: string; message: string; cause?: unknown }) {
    super(options.message, { cause: options.cause });
    this.code = options.code;
  }
}

/** Codes Sidekey itself raises (service and engine errors add their own names). */
export type SidekeyErrorCode =
  | 'BadMessage'
  | 'ForbiddenSender'
  | 'UnknownRequest'
  | 'Internal'
  /** The sign-in in progress is older than Cognito's 3-minute Session; the user starts again (core/auth). */
  | 'SignInSessionExpired'
  /** A passkey challenge or registration arrived and createAuthClient has no passkey port (core/auth). */
  | 'PasskeyNotSupported';

/** Whether `value` is a {@link SidekeyError} with one of the given codes (any code when none given). */
export function isSidekeyError(value: unknown, ...codes: string[]): value is SidekeyError {
  return value instanceof SidekeyError && (codes.length === 0 || codes.includes(value.code));
}
