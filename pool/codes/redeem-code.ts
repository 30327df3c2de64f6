import { timingSafeEqual } from 'node:crypto';
import { CognitoError } from '../errors/cognito-error';
import type { OperationContext } from '../operations/operation-context';
import type { CodePurpose, PoolUser } from '../state/types';

/** Wrong guesses after which a code is thrown away (assumed; Cognito does not document a number). */
export const MAX_CODE_FAILURES = 5;

/**
 * Checks and consumes a one-time code. Wrong code → `CodeMismatchException`; no code or too old →
 * `ExpiredCodeException` (messages as Cognito's, see docs/assumed-aws-behaviours.md). Single use: a redeemed code
 * is deleted. The caller marks the store changed (also on failure: the failure counter moves).
 */
export function redeemCode(
  ctx: Pick<OperationContext, 'clock'>,
  options: { user: PoolUser; purpose: CodePurpose; code: string; attribute?: string },
): void {
  const stored = options.user.codes[options.purpose];
  if (!stored || (options.attribute !== undefined && stored.attribute !== options.attribute)) {
    throw new CognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
  }
  if (ctx.clock.now() > stored.expiresAt) {
    delete options.user.codes[options.purpose];
    throw new CognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
  }
  if (!sameCode(stored.code, options.code)) {
    stored.failures += 1;
    if (stored.failures >= MAX_CODE_FAILURES) delete options.user.codes[options.purpose];
    throw new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');
  }
  delete options.user.codes[options.purpose];
}

function sameCode(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
