import { describe, expect, it } from 'vitest';
import { parsePoolProfileInput } from '../../../core/profiles/pool-profile';

const valid = { userPoolId: 'us-east-1_AbC123', userPoolClientId: '1example23456789abcdefghij' };

describe('parsePoolProfileInput', () => {
  it('derives the region from the pool id and labels the profile with it by default', () => {
    expect(parsePoolProfileInput(valid)).toEqual({
      ...valid,
      label: 'us-east-1_AbC123',
      region: 'us-east-1',
      origins: [],
    });
  });

  it('normalises and de-duplicates the bound origins', () => {
    const profile = parsePoolProfileInput({
      ...valid,
      origins: ['https://app.example.com/login', 'https://APP.example.com'],
    });
    expect(profile.origins).toEqual(['https://app.example.com']);
  });

  it('accepts a local endpoint and keeps it verbatim as the POST URL', () => {
    const profile = parsePoolProfileInput({ ...valid, userPoolEndpoint: 'http://127.0.0.1:9229/' });
    expect(profile.userPoolEndpoint).toBe('http://127.0.0.1:9229/');
  });

  it('names the hosted UI by host (https) or, for the local pool, by a loopback URL', () => {
    expect(parsePoolProfileInput({ ...valid, hostedUiDomain: 'auth.example.com' }).hostedUi).toEqual({
      domain: 'https://auth.example.com',
      scopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
    });
    expect(
      parsePoolProfileInput({ ...valid, hostedUiDomain: 'http://localhost:9229', scopes: ['openid'] }).hostedUi,
    ).toEqual({
      domain: 'http://localhost:9229',
      scopes: ['openid'],
    });
  });

  it("keeps the pool's password policy, given in DescribeUserPool's fields", () => {
    const passwordPolicy = {
      minimumLength: 12,
      requireLowercase: true,
      requireUppercase: true,
      requireNumbers: true,
      requireSymbols: false,
    };
    expect(parsePoolProfileInput({ ...valid, passwordPolicy }).passwordPolicy).toEqual(passwordPolicy);
  });

  it('names the policy field it refuses', () => {
    const policy = { minimumLength: 5, requireLowercase: true, requireUppercase: true, requireNumbers: true };
    expect(() => parsePoolProfileInput({ ...valid, passwordPolicy: { ...policy, requireSymbols: false } })).toThrow(
      expect.objectContaining({ code: 'InvalidProfile', field: 'passwordPolicy.minimumLength' }),
    );
    expect(() => parsePoolProfileInput({ ...valid, passwordPolicy: { ...policy, minimumLength: 8 } })).toThrow(
      expect.objectContaining({ code: 'InvalidProfile', field: 'passwordPolicy.requireSymbols' }),
    );
  });

  it('puts only an AWS region name into an AWS host name, naming the field it refuses', () => {
    const refusals: Array<[Record<string, unknown>, string]> = [
      [{ ...valid, region: 'evil.example/x#' }, 'region'],
      [{ ...valid, region: 'US-EAST-1' }, 'region'],
      [{ ...valid, userPoolId: 'local_Sidekey01' }, 'userPoolId'],
      [{ ...valid, userPoolId: 'evil-example_Abc' }, 'userPoolId'],
    ];
    for (const [input, field] of refusals)
      expect(() => parsePoolProfileInput(input), JSON.stringify(input)).toThrow(
        expect.objectContaining({ code: 'InvalidProfile', field }),
      );
    expect(parsePoolProfileInput({ ...valid, region: 'eu-central-2' }).region).toBe('eu-central-2');
  });

  it('keeps a free-form region for a pool on its own endpoint (local_… ids too), where it reaches no host name', () => {
    const local = {
      userPoolId: 'local_Sidekey01',
      userPoolClientId: 'client1',
      userPoolEndpoint: 'http://localhost:9229/',
    };
    expect(parsePoolProfileInput(local).region).toBe('local');
    expect(parsePoolProfileInput({ ...local, region: 'my lab' }).region).toBe('my lab');
    expect(() => parsePoolProfileInput({ ...local, region: 'tab\there' })).toThrow(
      expect.objectContaining({ code: 'InvalidProfile', field: 'region' }),
    );
  });

  it.each([
    [
      'a hosted UI over plain http on the internet',
      { ...valid, hostedUiDomain: 'http://auth.example.com' },
      'InvalidOrigin',
    ],
    [
      'scopes with spaces',
      { ...valid, hostedUiDomain: 'auth.example.com', scopes: ['openid email'] },
      'InvalidProfile',
    ],
    ['a pool id without a region', { ...valid, userPoolId: 'AbC123' }, 'InvalidProfile'],
    ['a client id with spaces', { ...valid, userPoolClientId: 'a b' }, 'InvalidProfile'],
    ['a missing client id', { userPoolId: valid.userPoolId }, 'InvalidProfile'],
    [
      'an endpoint over plain http on the internet',
      { ...valid, userPoolEndpoint: 'http://cognito.example.com/' },
      'InvalidOrigin',
    ],
    ['an origin over plain http', { ...valid, origins: ['http://example.com'] }, 'InvalidOrigin'],
    [
      'an endpoint with a user name and password',
      { ...valid, userPoolEndpoint: 'https://user:secret@cognito.example.com/' },
      'InvalidProfile',
    ],
    ['an endpoint with a user name', { ...valid, userPoolEndpoint: 'http://admin@localhost:9229/' }, 'InvalidProfile'],
    ['origins that are not strings', { ...valid, origins: [1] }, 'InvalidProfile'],
    ['something that is not an object', 'us-east-1_AbC123', 'InvalidProfile'],
  ])('refuses %s', (_what, input, code) => {
    expect(() => parsePoolProfileInput(input)).toThrow(expect.objectContaining({ code }));
  });
});
