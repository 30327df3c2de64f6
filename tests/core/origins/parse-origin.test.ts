import { describe, expect, it } from 'vitest';
import { isUsableOrigin, parseOrigin } from '../../../core/origins/parse-origin';

describe('parseOrigin', () => {
  it('keeps only the origin of an https address', () => {
    expect(parseOrigin('https://Example.com/login?next=/home#top')).toBe('https://example.com');
    expect(parseOrigin('https://app.example.com:8443/')).toBe('https://app.example.com:8443');
  });

  it('drops the default port', () => {
    expect(parseOrigin('https://example.com:443')).toBe('https://example.com');
  });

  it('accepts plain http on loopback hosts only', () => {
    expect(parseOrigin('http://localhost:3000/app')).toBe('http://localhost:3000');
    expect(parseOrigin('http://127.0.0.1:9229')).toBe('http://127.0.0.1:9229');
    expect(parseOrigin('http://[::1]:8080')).toBe('http://[::1]:8080');
  });

  it.each([
    ['plain http elsewhere', 'http://example.com'],
    ['a lookalike loopback name', 'http://localhost.evil.com'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,hi'],
    ['a file URL', 'file:///etc/passwd'],
    ['an extension page', 'chrome-extension://abc/popup.html'],
    ['credentials in the address', 'https://user:pass@example.com'],
    ['a wildcard host', 'https://*.example.com'],
    ['something that is not an address', 'not a url'],
    ['an empty string', ''],
  ])('refuses %s', (_what, value) => {
    expect(() => parseOrigin(value)).toThrow(expect.objectContaining({ code: 'InvalidOrigin' }));
  });
});

describe('parseOrigin with bare', () => {
  it("refuses anything beyond the origin, with the caller's code", () => {
    for (const value of ['https://example.com/login', 'https://example.com/?a=1', 'https://example.com/#x']) {
      expect(() => parseOrigin(value, { bare: true, code: 'VaultBadOrigin' })).toThrow(
        expect.objectContaining({ code: 'VaultBadOrigin' }),
      );
    }
    expect(parseOrigin('https://example.com/', { bare: true })).toBe('https://example.com');
  });
});

describe('isUsableOrigin', () => {
  it('answers true only for an already normalised usable origin', () => {
    expect(isUsableOrigin('https://example.com')).toBe(true);
    expect(isUsableOrigin('https://example.com/')).toBe(false);
    expect(isUsableOrigin('http://example.com')).toBe(false);
    expect(isUsableOrigin('null')).toBe(false);
  });
});
