import { describe, expect, it } from 'vitest';
import { isOriginOnRpId } from '../../../core/passkeys/is-origin-on-rp-id';

describe('isOriginOnRpId', () => {
  it.each([
    ['https://example.com', 'example.com'],
    ['https://login.example.com', 'example.com'],
    ['https://example.com:8443', 'example.com'],
    ['http://localhost:9230', 'localhost'],
  ])('accepts %s for the RP id %s', (origin, rpId) => {
    expect(isOriginOnRpId(origin, rpId)).toBe(true);
  });

  it.each([
    ['http://example.com', 'example.com', 'plain http off localhost'],
    ['https://badexample.com', 'example.com', 'a host that only ends with the id'],
    ['https://example.com.evil.test', 'example.com', 'the id as a prefix'],
    ['http://localhost:9230', 'example.com', 'loopback for another RP id'],
    ['http://127.0.0.1:9230', 'localhost', '127.0.0.1, never an RP id'],
    ['chrome-extension://npbmcjcmafkjbchncmpemdbkmagoobec', 'localhost', 'an extension origin'],
    ['https://example.com/path', 'example.com', 'an address that is not a bare origin'],
    ['not a url', 'example.com', 'no URL at all'],
    ['https://example.com', '', 'an empty RP id'],
  ])('refuses %s for %s: %s', (origin, rpId) => {
    expect(isOriginOnRpId(origin, rpId)).toBe(false);
  });
});
