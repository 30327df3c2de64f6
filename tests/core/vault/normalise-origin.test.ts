import { describe, expect, it } from 'vitest';
import { normaliseOrigin, normaliseOrigins } from '../../../core/vault/normalise-origin';

describe('normaliseOrigin', () => {
  it('returns the canonical origin: lower case, punycode, default port dropped', () => {
    expect(normaliseOrigin('HTTPS://Example.COM')).toBe('https://example.com');
    expect(normaliseOrigin('https://example.com:443/')).toBe('https://example.com');
    expect(normaliseOrigin('https://example.com:8443')).toBe('https://example.com:8443');
    expect(normaliseOrigin('https://bücher.example')).toBe('https://xn--bcher-kva.example');
    expect(normaliseOrigin('http://localhost:5173')).toBe('http://localhost:5173');
    expect(normaliseOrigin('http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
  });

  it('refuses paths, queries, credentials, wildcards and plain http beyond loopback hosts', () => {
    for (const bad of [
      'https://example.com/login',
      'https://example.com/?a=1',
      'https://example.com/#x',
      'https://user@example.com',
      'http://example.com',
      'https://*.example.com',
      'example.com',
      'javascript:alert(1)',
      '',
    ]) {
      expect(() => normaliseOrigin(bad), bad).toThrow(expect.objectContaining({ code: 'VaultBadOrigin' }));
    }
  });

  it('drops repeats and caps the list', () => {
    expect(normaliseOrigins(['https://a.example', 'HTTPS://A.example/'])).toEqual(['https://a.example']);
    const many = Array.from({ length: 33 }, (_, i) => `https://a${i}.example`);
    expect(() => normaliseOrigins(many)).toThrow(expect.objectContaining({ code: 'VaultBadOrigin' }));
  });
});
