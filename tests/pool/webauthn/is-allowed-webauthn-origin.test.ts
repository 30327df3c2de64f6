import { describe, expect, it } from 'vitest';
import { isAllowedWebAuthnOrigin, sidekeyExtensionOrigin } from '../../../pool/webauthn/is-allowed-webauthn-origin';

describe('isAllowedWebAuthnOrigin', () => {
  it('accepts https origins on the relying party id and its subdomains', () => {
    expect(isAllowedWebAuthnOrigin('https://example.com', 'example.com')).toBe(true);
    expect(isAllowedWebAuthnOrigin('https://auth.example.com:8443', 'example.com')).toBe(true);
  });

  it('refuses https origins on other domains, including look-alike suffixes', () => {
    expect(isAllowedWebAuthnOrigin('https://evil.com', 'example.com')).toBe(false);
    expect(isAllowedWebAuthnOrigin('https://notexample.com', 'example.com')).toBe(false);
  });

  it('accepts http://localhost on any port but no other http host', () => {
    expect(isAllowedWebAuthnOrigin('http://localhost:5173', 'localhost')).toBe(true);
    expect(isAllowedWebAuthnOrigin('http://localhost', 'localhost')).toBe(true);
    expect(isAllowedWebAuthnOrigin('http://127.0.0.1:5173', 'localhost')).toBe(false);
    expect(isAllowedWebAuthnOrigin('http://example.com', 'example.com')).toBe(false);
  });

  it("accepts the Sidekey extension's origin and no other extension", () => {
    expect(isAllowedWebAuthnOrigin(sidekeyExtensionOrigin, 'localhost')).toBe(true);
    expect(isAllowedWebAuthnOrigin('chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'localhost')).toBe(false);
  });

  it('refuses strings that are not bare origins', () => {
    expect(isAllowedWebAuthnOrigin('https://example.com/path', 'example.com')).toBe(false);
    expect(isAllowedWebAuthnOrigin('not a url', 'example.com')).toBe(false);
  });
});
