import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from '../../../pool/auth/base32';

const text = (value: string) => new TextEncoder().encode(value);

describe('encodeBase32', () => {
  it('gives the RFC 4648 §10 test vectors without their padding', () => {
    const vectors = {
      '': '',
      f: 'MY',
      fo: 'MZXQ',
      foo: 'MZXW6',
      foob: 'MZXW6YQ',
      fooba: 'MZXW6YTB',
      foobar: 'MZXW6YTBOI',
    };
    for (const [plain, encoded] of Object.entries(vectors)) expect(encodeBase32(text(plain))).toBe(encoded);
  });

  it('writes a 20-byte secret as the 32 characters otpauth reads back to the same bytes', () => {
    const bytes = Uint8Array.from({ length: 20 }, (_, i) => (i * 37 + 11) & 0xff);
    const encoded = encodeBase32(bytes);
    expect(encoded).toHaveLength(32);
    expect(new Uint8Array(Secret.fromBase32(encoded).bytes)).toEqual(bytes);
  });
});

describe('decodeBase32', () => {
  it('reads the RFC 4648 §10 test vectors, with or without padding and in either case', () => {
    expect(decodeBase32('MZXW6YTBOI======')).toEqual(text('foobar'));
    expect(decodeBase32('MZXW6YTBOI')).toEqual(text('foobar'));
    expect(decodeBase32('mzxw6ytb')).toEqual(text('fooba'));
    expect(decodeBase32('MY')).toEqual(text('f'));
  });

  it('refuses characters outside the alphabet', () => {
    expect(() => decodeBase32('MZXW1')).toThrow(RangeError);
  });
});
