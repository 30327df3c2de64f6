import type { SeedFile } from '../pool/seed/seed-file';
import { DEMO_SITES, type DemoConfig } from './demo-sites';

/**
 * The runtime config the demo server hands the page: the pool's URL (known only once the pool listens, so tests can
 * use any port) and each page's seeded users. Throws when the seed lacks a page's pool or app client.
 */
export function createDemoConfig(seed: SeedFile, userPoolEndpoint: string): DemoConfig {
  const sites = DEMO_SITES.map((site) => {
    const pool = seed.pools.find((candidate) => candidate.Id === site.userPoolId);
    if (!pool?.clients?.some((client) => client.ClientId === site.userPoolClientId)) {
      throw new Error(`The seed has no pool ${site.userPoolId} with app client ${site.userPoolClientId}.`);
    }
    const users = (pool.users ?? []).flatMap((user) =>
      user.Username ? [{ username: user.Username, password: user.Password, note: user.Note }] : [],
    );
    return { ...site, users };
  });
  return { userPoolEndpoint: new URL(userPoolEndpoint).href, sites };
}
