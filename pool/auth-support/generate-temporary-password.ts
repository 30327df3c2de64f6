import type { RandomBytes } from '../state/random-string';
import { randomString } from '../state/random-string';
import type { PasswordPolicy } from '../state/types';

/** A temporary password that satisfies `policy` (AdminCreateUser without TemporaryPassword). */
export function generateTemporaryPassword(random: RandomBytes, policy: PasswordPolicy): string {
  const body = randomString(random, { length: Math.max(policy.MinimumLength, 12) - 4, alphabet: 'mixed' });
  return `${body}Aa1!`;
}
