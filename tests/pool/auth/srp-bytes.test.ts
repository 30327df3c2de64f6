import { describe, expect, it } from 'vitest';
import { bigIntFromBytes, srpBytes } from '../../../pool/auth/srp-bytes';

describe('srpBytes', () => {
  it('writes the shortest big-endian bytes with a zero byte before a set top bit, as Java’s toByteArray does', () => {
    expect(srpBytes(0n).toString('hex')).toBe('00');
    expect(srpBytes(2n).toString('hex')).toBe('02');
    expect(srpBytes(0x7fn).toString('hex')).toBe('7f');
    expect(srpBytes(0x80n).toString('hex')).toBe('0080');
    expect(srpBytes(0x100n).toString('hex')).toBe('0100');
    expect(srpBytes(0xabcdefn).toString('hex')).toBe('00abcdef');
  });

  it('refuses a negative number', () => {
    expect(() => srpBytes(-1n)).toThrow(RangeError);
  });
});

describe('bigIntFromBytes', () => {
  it('reads bytes as an unsigned big-endian number, and no bytes as 0', () => {
    expect(bigIntFromBytes(Uint8Array.of(0x00, 0xff, 0x01))).toBe(0xff01n);
    expect(bigIntFromBytes(Uint8Array.of(0x80))).toBe(0x80n);
    expect(bigIntFromBytes(new Uint8Array())).toBe(0n);
  });
});
