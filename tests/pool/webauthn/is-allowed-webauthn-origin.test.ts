import { describe, expect, it } from 'vitest';
import { isAllowedWebAuthnOrigin } from '../../../pool/webauthn/is-allowed-webauthn-origin';

describe('isAllowedWebAuthnOrigin', () => {
  it('accepts https origins on the relying party id and its subdomains', () => {
    expect(isAllowedWebAuthnOrigin('https://example.com', 'example.com')).toBe(true);
    expect(isAllowedWebAuthnOrigin('https://auth.example.com:8443', 'example.com')).toBe(true);
    expect(isAllowedWebAuthnOrigin('https://localhost:8443', 'localhost')).toBe(true);
  });

  it('refuses https origins on other domains, including look-alike suffixes', () => {
    expect(isAllowedWebAuthnOrigin('https://evil.com', 'example.com')).toBe(false);
    expect(isAllowedWebAuthnOrigin('https://notexample.com', 'example.com')).toBe(false);
  });

  it('accepts http://localhost on any port for the relying party id localhost, and no other http host', () => {
    expect(isAllowedWebAuthnOrigin('http://localhost:5173', 'localhost')).toBe(true);
    expect(isAllowedWebAuthnOrigin('http://localhost', 'localhost')).toBe(true);
    expect(isAllowedWebAuthnOrigin('http://127.0.0.1:5173', 'localhost')).toBe(false);
    expect(isAllowedWebAuthnOrigin('http://example.com', 'example.com')).toBe(false);
  });

  it('refuses loopback origins when the relying party id is another domain', () => {
    expect(isAllowedWebAuthnOrigin('http://localhost:5173', 'example.com')).toBe(false);
    expect(isAllowedWebAuthnOrigin('https://localhost', 'example.com')).toBe(false);
    expect(isAllowedWebAuthnOrigin('http://127.0.0.1', 'example.com')).toBe(false);
  });

  it('refuses every extension origin, Sidekey’s own included', () => {
    expect(isAllowedWebAuthnOrigin('chrome-extension://npbmcjcmafkjbchncmpemdbkmagoobec', 'localhost')).toBe(false);
    expect(isAllowedWebAuthnOrigin('chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'localhost')).toBe(false);
    expect(isAllowedWebAuthnOrigin('moz-extension://0f6f3c1e-5a4b-4d8e-9a55-1b2c3d4e5f60', 'localhost')).toBe(false);
  });

  it('refuses strings that are not bare origins', () => {
    expect(isAllowedWebAuthnOrigin('https://example.com/path', 'example.com')).toBe(false);
    expect(isAllowedWebAuthnOrigin('not a url', 'example.com')).toBe(false);
  });
});
