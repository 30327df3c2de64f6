import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../../core/encoding/decode-base64';
import { encodeBase64 } from '../../../core/encoding/encode-base64';

const refused = expect.objectContaining({ code: 'SomeCode', message: 'Expected base64 data.' });

describe('decodeBase64', () => {
  it('round-trips every byte value through standard base64', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const encoded = encodeBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(decodeBase64(encoded, { code: 'SomeCode' })).toEqual(bytes);
  });

  it('accepts URL-safe input with the padding left off, as Amplify does for SECRET_BLOCK', () => {
    const bytes = Uint8Array.of(0xfb, 0xff, 0xbf, 0x01);
    expect(decodeBase64('-_-_AQ', { code: 'SomeCode' })).toEqual(bytes);
    expect(decodeBase64('+/+/AQ==', { code: 'SomeCode' })).toEqual(bytes);
  });

  it('reads every length of input, padded or not, and the empty string as no bytes', () => {
    for (let length = 0; length < 8; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => 0xf0 + i);
      const padded = Buffer.from(bytes).toString('base64');
      expect(decodeBase64(padded, { code: 'SomeCode' })).toEqual(bytes);
      expect(decodeBase64(padded.replace(/=+$/, ''), { code: 'SomeCode' })).toEqual(bytes);
    }
  });

  it.each(['a$b', 'A', 'AAAAA', 'AA=A', 'AAAA=', 'AA=', 'AAA==', 'AA AA', 'AAAA\n'])(
    'refuses %j with the caller’s code',
    (text) => {
      expect(() => decodeBase64(text, { code: 'SomeCode' })).toThrow(refused);
    },
  );
});
