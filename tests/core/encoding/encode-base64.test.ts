import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../core/encoding/encode-base64';

describe('encodeBase64', () => {
  it('writes standard base64 with padding, as Node does, for every length', () => {
    for (let length = 0; length < 8; length++) {
      const bytes = randomBytes(length);
      expect(encodeBase64(bytes)).toBe(bytes.toString('base64'));
    }
  });

  it('writes unpadded base64url when asked, as Node does', () => {
    const bytes = Uint8Array.of(0xfb, 0xff, 0xbf, 0x01);
    expect(encodeBase64(bytes, { alphabet: 'url' })).toBe('-_-_AQ');
    const random = randomBytes(1000);
    expect(encodeBase64(random, { alphabet: 'url' })).toBe(random.toString('base64url'));
  });

  it('encodes inputs larger than one String.fromCharCode batch', () => {
    const bytes = randomBytes(0x8000 * 2 + 7);
    expect(encodeBase64(bytes)).toBe(bytes.toString('base64'));
  });
});
