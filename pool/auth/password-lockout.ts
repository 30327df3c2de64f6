import { CognitoError } from '../errors/cognito-error';
import type { PoolUser } from '../state/types';
import { incorrectCredentials } from './resolve-sign-in-target';

/*
 * Cognito's lockout for failed password sign-ins (AWS docs, "Lockout behavior for failed sign-in attempts",
 * https://docs.aws.amazon.com/cognito/latest/developerguide/authentication.html#authentication-flow-lockout-behavior):
 * after five failures the user is locked out for 2^(n-5) seconds (n = failures so far), up to about 15 minutes;
 * attempts during a lockout get "Password attempts exceeded" and do not count; a success after the lockout, or
 * 15 minutes without attempts, resets the count.
 */

const freeFailures = 5;
const maxLockoutMs = 15 * 60_000;
const quietResetMs = 15 * 60_000;

/** Throws "Password attempts exceeded" while the user is locked out; forgets old failures after 15 quiet minutes. */
export function assertNotLockedOut(user: PoolUser, now: number): void {
  const record = user.failedSignIns;
  if (record.lockedUntil !== undefined && now < record.lockedUntil) {
    throw new CognitoError('NotAuthorizedException', 'Password attempts exceeded');
  }
  if (record.lastAt !== undefined && now - record.lastAt >= quietResetMs) user.failedSignIns = { count: 0 };
}

/** Counts a wrong password (starting a lockout from the fifth) and returns the error to throw. */
export function recordPasswordFailure(user: PoolUser, now: number): CognitoError {
  const count = user.failedSignIns.count + 1;
  const lockoutMs = count >= freeFailures ? Math.min(2 ** (count - freeFailures) * 1000, maxLockoutMs) : 0;
  user.failedSignIns = { count, lastAt: now, ...(lockoutMs > 0 ? { lockedUntil: now + lockoutMs } : {}) };
  return new CognitoError('NotAuthorizedException', incorrectCredentials);
}

/** A proven password clears the failure count. */
export function recordPasswordSuccess(user: PoolUser): void {
  user.failedSignIns = { count: 0 };
}
