import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../../../core/encoding/bytes-to-hex';
import { hexToBytes } from '../../../core/encoding/hex-to-bytes';

describe('hexToBytes', () => {
  it('round-trips bytes through hex of either case', () => {
    const bytes = Uint8Array.of(0, 1, 0x7f, 0x80, 0xff);
    expect(bytesToHex(bytes)).toBe('00017f80ff');
    expect(hexToBytes('00017F80ff')).toEqual(bytes);
    expect(hexToBytes('')).toEqual(new Uint8Array(0));
  });

  it('refuses odd-length and non-hex input', () => {
    expect(() => hexToBytes('abc')).toThrow(RangeError);
    expect(() => hexToBytes('zz')).toThrow(RangeError);
  });
});
