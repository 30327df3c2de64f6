import { createDiffieHellman, getDiffieHellman } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hexToBytes } from '../../../../core/auth/srp/hex-to-bytes';
import { padHex } from '../../../../core/auth/srp/pad-hex';
import { g, k, N } from '../../../../core/auth/srp/srp-group';
import { sha256Hex } from '../../../../core/auth/srp/srp-hash';

describe('srp-group', () => {
  it('uses the RFC 3526 / RFC 5054 3072-bit prime that OpenSSL ships as modp15', () => {
    expect(N.toString(16)).toBe(getDiffieHellman('modp15').getPrime('hex'));
    expect(N.toString(2)).toHaveLength(3072);
    expect(g).toBe(2n);
  });

  it('is a prime group OpenSSL accepts with generator 2', () => {
    const dh = createDiffieHellman(Buffer.from(padHex(N), 'hex'), Buffer.from([2]));
    expect(dh.verifyError).toBe(0);
  });

  it('derives k = H(padHex(N) ‖ padHex(g)) = 538282c4…9ee6', async () => {
    const recomputed = BigInt(`0x${await sha256Hex(hexToBytes(padHex(N) + padHex(g)))}`);
    expect(recomputed).toBe(k);
    expect(k.toString(16)).toBe('538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6');
  });
});
