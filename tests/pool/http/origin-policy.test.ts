import { describe, expect, it } from 'vitest';
import { createOriginPolicy } from '../../../pool/http/origin-policy';

describe('createOriginPolicy', () => {
  const policy = createOriginPolicy({ hostName: '127.0.0.1', allowOrigins: ['https://app.example.com'] });

  it('allows and trusts loopback pages on any port and the Sidekey extension in Chrome and Firefox', () => {
    for (const origin of [
      'http://localhost:5173',
      'http://127.0.0.1:9229',
      'http://localhost',
      'http://[::1]:3000',
      'chrome-extension://npbmcjcmafkjbchncmpemdbkmagoobec',
      'moz-extension://0b8c2a4e-1f1d-4c55-9a7e-2f3c4d5e6f70',
    ]) {
      expect(policy.allows(origin)).toBe(true);
      expect(policy.trusts(origin)).toBe(true);
    }
  });

  it('allows an origin named with --allow-origin without trusting it for admin calls and test endpoints', () => {
    expect(policy.allows('https://app.example.com')).toBe(true);
    expect(policy.trusts('https://app.example.com')).toBe(false);
  });

  it('refuses any other page, another extension, https on loopback names and look-alike hosts', () => {
    for (const origin of [
      'https://evil.example',
      'null',
      'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh',
      'https://localhost:5173',
      'http://localhost.evil.example',
      'http://127.0.0.1.evil.example:9229',
      'https://app.example.com:8443',
    ]) {
      expect(policy.allows(origin)).toBe(false);
    }
  });

  it('answers only Host names the pool listens on, so a DNS-rebinding page is refused', () => {
    expect(policy.servesHost('127.0.0.1:9229')).toBe(true);
    expect(policy.servesHost('localhost:9229')).toBe(true);
    expect(policy.servesHost('[::1]:9229')).toBe(true);
    expect(policy.servesHost(undefined)).toBe(true);
    expect(policy.servesHost('rebind.evil.example:9229')).toBe(false);
    expect(policy.servesHost('127.0.0.1.evil.example')).toBe(false);
  });

  it('answers the name it is bound to and pages from that name, but trusts them no more than other pages', () => {
    const lan = createOriginPolicy({ hostName: '192.168.1.5' });
    expect(lan.servesHost('192.168.1.5:9229')).toBe(true);
    expect(lan.allows('http://192.168.1.5:9229')).toBe(true);
    expect(lan.trusts('http://192.168.1.5:9229')).toBe(false);
    expect(lan.servesHost('evil.example')).toBe(false);
  });
});
