import type { SeedFile } from './seed-file';

/** Console lines listing the seed's pools, clients, identity providers and users with their passwords (a local demo pool only). */
export function describeSeedUsers(seed: SeedFile): string[] {
  const lines = ['Local demo pool — these passwords are public test data, never real credentials:'];
  for (const pool of seed.pools) {
    const clients = (pool.clients ?? []).map((client) => client.ClientId).join(', ');
    lines.push(`  pool ${pool.Id} (${pool.config.PoolName}), app client ${clients || '(none)'}`);
    const providers = (pool.IdentityProviders ?? []).map((idp) => `${idp.ProviderName} (${idp.ProviderType})`);
    if (providers.length > 0) {
      lines.push(
        `    identity providers, played by the pool's stand-in page (any email signs in): ${providers.join(', ')}`,
      );
    }
    for (const user of pool.users ?? []) {
      const name = user.Username ?? user.Attributes?.email ?? user.Attributes?.phone_number ?? user.sub ?? '?';
      const password = user.Password ?? '(no password)';
      const status = user.Status ?? 'CONFIRMED';
      lines.push(`    ${name.padEnd(28)} ${password.padEnd(18)} ${status.padEnd(21)} ${user.Note ?? ''}`.trimEnd());
    }
  }
  return lines;
}
