import { CognitoError } from '../errors/cognito-error';
import type { OperationContext } from '../operations/operation-context';
import type { PoolUser } from '../state/types';

/**
 * Attempts per user and hour at requesting or entering a password-reset code. AWS allows "between 5 and 20
 * attempts" in a given hour depending on risk (https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-recover-a-user-account.html);
 * the local pool uses the upper bound so tests are not throttled by accident.
 */
export const PASSWORD_RESET_ATTEMPTS_PER_HOUR = 20;

/** Counts one ForgotPassword/ConfirmForgotPassword attempt; past the limit → LimitExceededException. */
export function countPasswordResetAttempt(ctx: Pick<OperationContext, 'clock'>, user: PoolUser): void {
  const now = ctx.clock.now();
  const current = user.passwordResetAttempts;
  const window = current && now - current.windowStart < 3600_000 ? current : { windowStart: now, count: 0 };
  if (window.count >= PASSWORD_RESET_ATTEMPTS_PER_HOUR) {
    throw new CognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.');
  }
  user.passwordResetAttempts = { windowStart: window.windowStart, count: window.count + 1 };
}
