import { createDiffieHellman, createHash, createHmac, getDiffieHellman, hkdfSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { g, hkdfSha256, hmacSha256, k, N, sha256Hex } from '../../../../core/auth/srp/srp-group';
import { padHex } from '../../../../core/auth/srp/srp-math';
import { bytesToHex } from '../../../../core/encoding/bytes-to-hex';
import { hexToBytes } from '../../../../core/encoding/hex-to-bytes';

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

describe('srp-group hashes', () => {
  it('hashes bytes and text like Node crypto', async () => {
    const bytes = randomBytes(77);
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(await sha256Hex(new TextEncoder().encode('pool·user:pässword'))).toBe(
      createHash('sha256').update('pool·user:pässword', 'utf8').digest('hex'),
    );
  });

  it('computes HMAC-SHA256 like Node crypto', async () => {
    const key = randomBytes(16);
    const message = randomBytes(100);
    const expected = createHmac('sha256', key).update(message).digest('hex');
    expect(bytesToHex(await hmacSha256(key, message))).toBe(expected);
  });

  it('reproduces the first block of RFC 5869 test case 1', async () => {
    const okm = await hkdfSha256({
      ikm: hexToBytes('0b'.repeat(22)),
      salt: hexToBytes('000102030405060708090a0b0c'),
      info: hexToBytes('f0f1f2f3f4f5f6f7f8f9'),
      length: 32,
    });
    expect(bytesToHex(okm)).toBe('3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf');
  });

  it('agrees with Node hkdf for a 16-byte key', async () => {
    const ikm = randomBytes(385);
    const salt = randomBytes(32);
    const info = new TextEncoder().encode('Caldera Derived Key');
    const expected = Buffer.from(hkdfSync('sha256', ikm, salt, info, 16)).toString('hex');
    expect(bytesToHex(await hkdfSha256({ ikm, salt, info, length: 16 }))).toBe(expected);
  });

  it('refuses an output longer than one block', async () => {
    const bytes = new Uint8Array(1);
    await expect(hkdfSha256({ ikm: bytes, salt: bytes, info: bytes, length: 33 })).rejects.toThrow(RangeError);
  });
});
