import { describe, expect, it } from 'vitest';
import { srpGenerator, srpPrime } from '../../../pool/auth/srp-group';
import { createPasswordVerifier } from '../../../pool/auth-support/create-password-verifier';
import { acijModPow } from '../support/acij-srp-client';

describe('createPasswordVerifier', () => {
  it('computes v = g^x mod N for the known-answer vector of docs/cognito-api.md §3.9', async () => {
    const salt = Uint8Array.from({ length: 16 }, (_, i) => 0xa0 + i);
    const { salt: saltHex, verifier } = await createPasswordVerifier({
      poolId: 'us-east-1_AbCdEfGhI',
      userIdForSrp: 'c1f2e3d4-user',
      password: 'P@ssw0rd!',
      random: () => salt,
    });
    expect(saltHex).toBe('a0a1a2a3a4a5a6a7a8a9aaabacadaeaf');
    const x = 0x12a3cfbcf80c65f82b4107c6dd392a8b36e536aa3c39c2b2a0e19cc5461a0350n;
    expect(BigInt(`0x${verifier}`)).toBe(await acijModPow(srpGenerator, x, srpPrime));
  });
});
