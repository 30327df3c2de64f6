import type { PasswordPolicy } from '../profiles/password-policy';
import type { RandomBytes } from '../vault/crypto/bytes';

/** Shortest password Sidekey generates, whatever the policy allows (about 120 bits over this alphabet). */
export const GENERATED_LENGTH = 20;
/** Cognito refuses passwords longer than this. */
const MAX_LENGTH = 256;

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
/** A subset of Cognito's special characters that needs no escaping in forms or shells. */
const SYMBOLS = '^$*.[]{}()?!@#%&/,<>:;|_~=+-';

/**
 * A strong random password meeting `policy`: at least {@link GENERATED_LENGTH} characters (longer when the policy
 * asks), one character from every class the policy requires, the rest from all four classes (look-alike letters
 * and digits left out), shuffled. Characters are drawn without modulo bias from `randomBytes`.
 */
export function generatePassword(policy: PasswordPolicy, randomBytes: RandomBytes): string {
  const length = Math.min(MAX_LENGTH, Math.max(GENERATED_LENGTH, policy.minimumLength));
  const required = [
    policy.requireLowercase ? LOWER : '',
    policy.requireUppercase ? UPPER : '',
    policy.requireNumbers ? DIGITS : '',
    policy.requireSymbols ? SYMBOLS : '',
  ].filter((set) => set !== '');
  const all = LOWER + UPPER + DIGITS + SYMBOLS;
  const pick = createPicker(randomBytes);
  const chars = required.map((set) => set.charAt(pick(set.length)));
  while (chars.length < length) chars.push(all.charAt(pick(all.length)));
  for (let index = chars.length - 1; index > 0; index -= 1) {
    const other = pick(index + 1);
    [chars[index], chars[other]] = [chars[other]!, chars[index]!];
  }
  return chars.join('');
}

/** Uniform integers below `bound` (≤ 256) from random bytes, rejecting the bytes that would bias the result. */
function createPicker(randomBytes: RandomBytes): (bound: number) => number {
  let pool = new Uint8Array(0);
  let at = 0;
  return (bound) => {
    const limit = 256 - (256 % bound);
    for (;;) {
      if (at >= pool.length) {
        pool = randomBytes(64);
        at = 0;
      }
      const byte = pool[at++]!;
      if (byte < limit) return byte % bound;
    }
  };
}
