import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoConfig } from '../../demo/create-demo-config';
import { DEMO_SITES, siteForPath } from '../../demo/demo-sites';
import { readSeedFile } from '../../pool/seed/read-seed-file';

const seed = readSeedFile(resolve('pool/seed/demo.json'));

describe('createDemoConfig', () => {
  it('gives every demo page its pool, app client and seeded users, with the pool URL as Amplify wants it', () => {
    const config = createDemoConfig(seed, 'http://127.0.0.1:41234');
    expect(config.userPoolEndpoint).toBe('http://127.0.0.1:41234/');
    expect(config.sites.map((site) => site.userPoolId)).toEqual(['local_Sidekey01', 'local_SidekeyMfaOn']);
    expect(config.sites[0]!.users).toContainEqual({
      username: 'tom',
      password: 'Tom-pass-1',
      note: expect.stringContaining('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'),
    });
    expect(config.sites[1]!.users.map((user) => user.username)).toContain('theo');
  });

  it('refuses a seed without a page’s app client', () => {
    const withoutClient = { pools: seed.pools.map((pool) => ({ ...pool, clients: [] })) };
    expect(() => createDemoConfig(withoutClient, 'http://127.0.0.1:1')).toThrow(/no pool local_Sidekey01/);
  });
});

describe('the demo seed', () => {
  it('lets each page’s app client use the flows the Authenticator starts (SRP, USER_AUTH, refresh)', () => {
    for (const site of DEMO_SITES) {
      const pool = seed.pools.find((candidate) => candidate.Id === site.userPoolId)!;
      const client = pool.clients!.find((candidate) => candidate.ClientId === site.userPoolClientId)!;
      expect(client.ExplicitAuthFlows).toEqual(
        expect.arrayContaining(['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']),
      );
    }
  });

  it('has a user for each step the demo shows', () => {
    const users = seed.pools.flatMap((pool) => pool.users ?? []);
    const named = (username: string) => users.find((user) => user.Username === username)!;
    expect(named('alice').Mfa).toBeUndefined();
    expect(named('tom').Mfa).toMatchObject({ totpSecret: expect.any(String), preferred: 'SOFTWARE_TOKEN_MFA' });
    expect(named('emma').Mfa).toMatchObject({ email: true, preferred: 'EMAIL_OTP' });
    expect(named('mia').Mfa).toMatchObject({ totpSecret: expect.any(String), email: true });
    expect(named('mia').Mfa?.preferred).toBeUndefined();
    expect(named('nina').Status).toBe('FORCE_CHANGE_PASSWORD');
    const mfaRequired = seed.pools.find((pool) => pool.Id === 'local_SidekeyMfaOn')!;
    expect(mfaRequired.config.MfaConfiguration).toBe('ON');
    expect(mfaRequired.users!.find((user) => user.Username === 'theo')!.Mfa).toBeUndefined();
    const main = seed.pools.find((pool) => pool.Id === 'local_Sidekey01')!;
    expect(main.config).toMatchObject({
      Policies: { SignInPolicy: { AllowedFirstAuthFactors: expect.arrayContaining(['EMAIL_OTP', 'WEB_AUTHN']) } },
    });
    expect(named('pat').Password).toBeDefined();
  });
});

describe('siteForPath', () => {
  it('finds a page by its path, with or without a trailing slash, and falls back to the first page', () => {
    expect(siteForPath(DEMO_SITES, '/mfa-required/').userPoolId).toBe('local_SidekeyMfaOn');
    expect(siteForPath(DEMO_SITES, '/mfa-required').userPoolId).toBe('local_SidekeyMfaOn');
    expect(siteForPath(DEMO_SITES, '/').userPoolId).toBe('local_Sidekey01');
    expect(siteForPath(DEMO_SITES, '/elsewhere').userPoolId).toBe('local_Sidekey01');
  });
});
