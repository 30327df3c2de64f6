import { describe, expect, it } from 'vitest';
import { decodeBase32 } from '../../../core/otp/decode-base32';
import { encodeBase32 } from '../../../core/otp/encode-base32';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('decodeBase32', () => {
  it('decodes the RFC 4648 §10 test vectors, padded or not', () => {
    const vectors: Array<[string, string]> = [
      ['f', 'MY======'],
      ['fo', 'MZXQ===='],
      ['foo', 'MZXW6==='],
      ['foob', 'MZXW6YQ='],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI======'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(text(decodeBase32(encoded))).toBe(plain);
      expect(text(decodeBase32(encoded.replace(/=/g, '')))).toBe(plain);
      expect(encodeBase32(new TextEncoder().encode(plain))).toBe(encoded.replace(/=/g, ''));
    }
  });

  it('accepts lower case and the spaces apps print between groups', () => {
    expect(text(decodeBase32('mzxw 6ytb oi'))).toBe('foobar');
  });

  it('refuses characters outside the alphabet, impossible lengths and stray padding', () => {
    for (const bad of ['MZXW1YTB', 'MZXW6YT!', 'M', 'MZX', 'MZXW6Y', 'MY=', 'MZXW6YTB========']) {
      expect(() => decodeBase32(bad)).toThrow(expect.objectContaining({ code: 'OtpUriBadSecret' }));
    }
  });
});
