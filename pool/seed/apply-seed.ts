import { setUserPassword } from '../auth-support/set-user-password';
import type { OperationContext } from '../operations/operation-context';
import { createAppClient } from '../state/create-app-client';
import { createPoolUser } from '../state/create-pool-user';
import { createUserPool } from '../state/create-user-pool';
import type { SeedFile } from './seed-file';

/**
 * Creates the seed's pools, clients and users. Pools that already exist (loaded from the data file) are left as
 * they are, so restarting with the same seed and data file keeps changes made since.
 */
export async function applySeed(ctx: OperationContext, seed: SeedFile): Promise<void> {
  for (const seedPool of seed.pools) {
    if (Object.hasOwn(ctx.store.state.pools, seedPool.Id)) continue;
    const pool = await createUserPool(ctx, seedPool.config, { id: seedPool.Id });
    for (const { ClientId, ClientSecret, ...input } of seedPool.clients ?? []) {
      createAppClient(ctx, pool, input, {
        clientId: ClientId,
        ...(ClientSecret ? { clientSecret: ClientSecret } : {}),
      });
    }
    for (const seedUser of seedPool.users ?? []) {
      const temporary = seedUser.Status === 'FORCE_CHANGE_PASSWORD';
      const user = createPoolUser(ctx, {
        pool,
        ...(seedUser.Username ? { username: seedUser.Username } : {}),
        ...(seedUser.sub ? { sub: seedUser.sub } : {}),
        attributes: seedUser.Attributes ?? {},
        status: seedUser.Status ?? 'CONFIRMED',
        enabled: seedUser.Enabled ?? true,
      });
      if (seedUser.Password) await setUserPassword(ctx, { pool, user, password: seedUser.Password, temporary });
      const mfa = seedUser.Mfa;
      if (mfa) {
        user.mfa.totpEnabled = mfa.totpSecret !== undefined;
        if (mfa.totpSecret) user.mfa.totpSecret = mfa.totpSecret;
        user.mfa.smsEnabled = mfa.sms ?? false;
        user.mfa.emailEnabled = mfa.email ?? false;
        if (mfa.preferred) user.mfa.preferred = mfa.preferred;
      }
    }
  }
  ctx.store.changed();
}
