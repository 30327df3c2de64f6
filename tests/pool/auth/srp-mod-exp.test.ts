import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { srpPrime } from '../../../pool/auth/srp-group';
import { srpModExp } from '../../../pool/auth/srp-mod-exp';
import { acijModPow } from '../support/acij-srp-client';

const random = (bytes: number) => BigInt(`0x${randomBytes(bytes).toString('hex')}`);

describe('srpModExp', () => {
  it('agrees with amazon-cognito-identity-js’s BigInteger for random bases and exponents of SRP sizes', async () => {
    for (const exponentBytes of [1, 32, 128, 384]) {
      const base = random(384);
      const exponent = random(exponentBytes);
      expect(srpModExp(base, exponent)).toBe(await acijModPow(base, exponent, srpPrime));
    }
  });

  it('reduces a base of N or more, and answers the bases OpenSSL refuses (0, 1, N − 1) and a zero exponent', () => {
    expect(srpModExp(srpPrime + 3n, 5n)).toBe(243n);
    expect(srpModExp(0n, 7n)).toBe(0n);
    expect(srpModExp(srpPrime, 7n)).toBe(0n);
    expect(srpModExp(1n, 7n)).toBe(1n);
    expect(srpModExp(srpPrime - 1n, 7n)).toBe(srpPrime - 1n);
    expect(srpModExp(srpPrime - 1n, 8n)).toBe(1n);
    expect(srpModExp(12345n, 0n)).toBe(1n);
    expect(srpModExp(2n, 1n)).toBe(2n);
  });

  it('refuses a negative exponent', () => {
    expect(() => srpModExp(2n, -1n)).toThrow(RangeError);
  });
});
