import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePoolProfileInput } from '../../core/profiles/pool-profile';
import { DEMO_SITES } from '../../demo/demo-sites';
import { demoPoolInput } from '../../scripts/demo-pool-input';

const options = { demoUrl: 'http://localhost:9230', userPoolEndpoint: 'http://127.0.0.1:9229/' };

describe('demoPoolInput', () => {
  it('gives the demo page’s pool the local pool’s address as its hosted sign-in domain, in a shape profiles.add takes', () => {
    const main = DEMO_SITES.find((site) => site.path === '/')!;
    const profile = parsePoolProfileInput(demoPoolInput(main, options));
    expect(profile).toMatchObject({
      userPoolId: 'local_Sidekey01',
      userPoolEndpoint: 'http://127.0.0.1:9229/',
      origins: ['http://localhost:9230'],
      hostedUi: { domain: 'http://127.0.0.1:9229' },
    });
  });

  it('adds no hosted sign-in domain for a page whose app client has no hosted sign-in pages', () => {
    const mfa = DEMO_SITES.find((site) => site.path === '/mfa-required')!;
    const profile = parsePoolProfileInput(demoPoolInput(mfa, options));
    expect(profile.userPoolId).toBe('local_SidekeyMfaOn');
    expect(profile.hostedUi).toBeUndefined();
  });

  it('marks hosted sign-in exactly on the pages whose app client the demo seed gives the OAuth code flow', () => {
    const seed = JSON.parse(readFileSync('pool/seed/demo.json', 'utf8')) as {
      pools: { clients: { ClientId: string; AllowedOAuthFlowsUserPoolClient?: boolean }[] }[];
    };
    const clients = seed.pools.flatMap((pool) => pool.clients);
    for (const site of DEMO_SITES) {
      const client = clients.find((candidate) => candidate.ClientId === site.userPoolClientId);
      expect(Boolean(site.hostedSignIn), site.path).toBe(client?.AllowedOAuthFlowsUserPoolClient === true);
    }
  });
});
