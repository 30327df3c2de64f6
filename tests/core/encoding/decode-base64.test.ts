import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../../../core/auth/srp/base64-to-bytes';
import { encodeBase64 } from '../../../../core/encoding/encode-base64';

describe('base64ToBytes', () => {
  it('round-trips every byte value through standard base64', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const encoded = encodeBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(encoded)).toEqual(bytes);
  });

  it('accepts URL-safe input with the padding left off, as Amplify does for SECRET_BLOCK', () => {
    const bytes = Uint8Array.of(0xfb, 0xff, 0xbf, 0x01);
    expect(base64ToBytes('-_-_AQ')).toEqual(bytes);
  });

  it('refuses input that is not base64', () => {
    expect(() => base64ToBytes('a$b')).toThrow(RangeError);
  });
});
