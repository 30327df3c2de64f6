import { describe, expect, it } from 'vitest';
import { hotpCode } from '../../../pool/auth/hotp-code';

// RFC 6238 Appendix B, SHA-1 rows: the seed is the ASCII string "12345678901234567890", X = 30 s, 8 digits.
const seed = new TextEncoder().encode('12345678901234567890');
const vectors: Array<[number, string]> = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('hotpCode', () => {
  it.each(vectors)('gives the RFC 6238 Appendix B SHA-1 value at T = %i s', (seconds, expected) => {
    expect(hotpCode({ secret: seed, counter: Math.floor(seconds / 30), digits: 8 })).toBe(expected);
  });

  it('gives the RFC 4226 Appendix D values for counters 0 and 9 with six digits', () => {
    expect(hotpCode({ secret: seed, counter: 0 })).toBe('755224');
    expect(hotpCode({ secret: seed, counter: 9 })).toBe('520489');
  });
});
