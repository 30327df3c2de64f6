import { checkPrimeSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { srpGenerator, srpMultiplier, srpPrime } from '../../../pool/auth/srp-group';

describe('the SRP group', () => {
  it('is the 3072-bit safe prime of RFC 3526 §4, its 64 top and bottom bits set, with generator 2', () => {
    expect(srpPrime.toString(2)).toHaveLength(3072);
    expect(srpPrime >> 3008n).toBe(2n ** 64n - 1n);
    expect(srpPrime & (2n ** 64n - 1n)).toBe(2n ** 64n - 1n);
    expect(checkPrimeSync(srpPrime)).toBe(true);
    expect(checkPrimeSync((srpPrime - 1n) / 2n)).toBe(true);
    expect(srpGenerator).toBe(2n);
  });

  it('has the multiplier k that AWS clients use (amazon-cognito-identity-js computes the same from N and g)', () => {
    expect(srpMultiplier).toBe(0x538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6n);
  });
});
