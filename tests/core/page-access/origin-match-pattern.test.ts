import { describe, expect, it } from 'vitest';
import { originMatchPattern, patternCoversOrigin } from '../../../core/page-access/origin-match-pattern';

describe('originMatchPattern', () => {
  it('names the origin’s scheme, host and port for Chrome, and leaves the port out for Firefox', () => {
    expect(originMatchPattern('http://localhost:5173', { ports: true })).toBe('http://localhost:5173/*');
    expect(originMatchPattern('http://localhost:5173', { ports: false })).toBe('http://localhost/*');
    expect(originMatchPattern('https://app.example.com', { ports: true })).toBe('https://app.example.com/*');
  });
});

describe('patternCoversOrigin', () => {
  it('matches hosts whole, with a leading wildcard only on a dot boundary', () => {
    expect(patternCoversOrigin('https://app.example.com/*', 'https://app.example.com')).toBe(true);
    expect(patternCoversOrigin('https://app.example.com/*', 'https://app.example.com.evil.test')).toBe(false);
    expect(patternCoversOrigin('https://*.example.com/*', 'https://a.b.example.com')).toBe(true);
    expect(patternCoversOrigin('https://*.example.com/*', 'https://example.com')).toBe(true);
    expect(patternCoversOrigin('https://*.example.com/*', 'https://badexample.com')).toBe(false);
    expect(patternCoversOrigin('http://localhost/*', 'http://localhost.evil.test')).toBe(false);
  });

  it('matches schemes and ports: no port covers every port, * covers http and https only', () => {
    expect(patternCoversOrigin('http://localhost/*', 'http://localhost:5173')).toBe(true);
    expect(patternCoversOrigin('http://localhost:3000/*', 'http://localhost:5173')).toBe(false);
    expect(patternCoversOrigin('https://app.example.com:443/*', 'https://app.example.com')).toBe(true);
    expect(patternCoversOrigin('https://*/*', 'http://localhost:5173')).toBe(false);
    expect(patternCoversOrigin('*://*/*', 'http://localhost:5173')).toBe(true);
    expect(patternCoversOrigin('<all_urls>', 'https://x.example')).toBe(true);
  });

  it('does not count a pattern limited to some paths as covering the origin', () => {
    expect(patternCoversOrigin('https://app.example.com/login/*', 'https://app.example.com')).toBe(false);
    expect(patternCoversOrigin('not a pattern', 'https://app.example.com')).toBe(false);
  });
});
