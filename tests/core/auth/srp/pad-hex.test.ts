import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../../../../core/auth/srp/bytes-to-hex';
import { padHex } from '../../../../core/auth/srp/pad-hex';
import { g, N } from '../../../../core/auth/srp/srp-group';

describe('padHex', () => {
  it('matches the Java toByteArray examples of docs/cognito-api.md §3.3', () => {
    expect(padHex(20n)).toBe('14');
    expect(padHex(236n)).toBe('00ec');
    expect(padHex(56n)).toBe('38');
    expect(padHex(200n)).toBe('00c8');
    expect(padHex(g)).toBe('02');
    expect(padHex(0n)).toBe('00');
    expect(padHex(0x1abcn)).toBe('1abc');
    expect(padHex(0xabcn)).toBe('0abc');
  });

  it('prefixes N and a salt with a set top bit with 00', () => {
    const nHex = padHex(N);
    expect(nHex).toHaveLength(770);
    expect(nHex.startsWith('00ffffffffffffffffc90fdaa2')).toBe(true);
    const salt = BigInt(`0x${bytesToHex(Uint8Array.from({ length: 16 }, (_, i) => 0xa0 + i))}`);
    expect(padHex(salt)).toBe('00a0a1a2a3a4a5a6a7a8a9aaabacadaeaf');
  });

  it('refuses negative values, which SRP never produces', () => {
    expect(() => padHex(-1n)).toThrow(RangeError);
  });
});
