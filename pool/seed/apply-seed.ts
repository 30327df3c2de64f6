import { checkPasswordPolicy } from '../auth-support/check-password-policy';
import { setUserPassword } from '../auth-support/set-user-password';
import { createIdentityProvider } from '../federation/create-identity-provider';
import type { OperationContext } from '../operations/operation-context';
import { createAppClient } from '../state/create-app-client';
import { createPoolUser } from '../state/create-pool-user';
import { createUserPool } from '../state/create-user-pool';
import { readUserAttributes } from '../state/read-user-attributes';
import { resolveNewUsername } from '../state/resolve-new-username';
import type { UserPool } from '../state/types';
import type { SeedFile, SeedUser } from './seed-file';

const BASE32 = /^[A-Z2-7]+=*$/;

/**
 * Creates the seed's pools, clients and users with the same checks as CreateUserPool, CreateUserPoolClient and
 * AdminCreateUser (schema, username rules, password policy). Pools that already exist (loaded from the data
 * file) are left as they are, so restarting with the same seed and data file keeps changes made since.
 * A bad seed throws an Error naming the pool and user.
 */
export async function applySeed(ctx: OperationContext, seed: SeedFile): Promise<void> {
  const fresh = seed.pools.filter((seedPool) => !Object.hasOwn(ctx.store.state.pools, seedPool.Id));
  // Pools, and the users of a pool, are set up concurrently: key generation and password hashing run off the
  // event loop. Each user's record is created synchronously before its first await, so the order stays the seed's.
  await Promise.all(
    fresh.map(async (seedPool) => {
      const pool = await createUserPool(ctx, seedPool.config, { id: seedPool.Id });
      for (const provider of seedPool.IdentityProviders ?? []) createIdentityProvider(ctx, pool, provider);
      for (const { ClientId, ClientSecret, ...input } of seedPool.clients ?? []) {
        createAppClient(ctx, pool, input, {
          clientId: ClientId,
          ...(ClientSecret ? { clientSecret: ClientSecret } : {}),
        });
      }
      await Promise.all(
        (seedPool.users ?? []).map((seedUser) =>
          addSeedUser(ctx, pool, seedUser).catch((error: unknown) => {
            const name = seedUser.Username ?? seedUser.Attributes?.email ?? '(unnamed)';
            const reason = error instanceof Error ? error.message : String(error);
            throw new Error(`Seed user ${name} in ${seedPool.Id}: ${reason}`);
          }),
        ),
      );
    }),
  );
  ctx.store.changed();
}

async function addSeedUser(ctx: OperationContext, pool: UserPool, seedUser: SeedUser): Promise<void> {
  const pairs = Object.entries(seedUser.Attributes ?? {}).map(([Name, Value]) => ({ Name, Value }));
  const attributes = readUserAttributes(pool, pairs, { writer: 'admin', creating: true });
  const resolved = seedUser.Username
    ? resolveNewUsername(pool, seedUser.Username, attributes)
    : { username: undefined, attributes };
  if (seedUser.Password) checkPasswordPolicy(pool.config.Policies.PasswordPolicy, seedUser.Password);
  const totpSecret = seedUser.Mfa?.totpSecret;
  if (totpSecret !== undefined && (!BASE32.test(totpSecret) || totpSecret.length < 16)) {
    throw new Error('Mfa.totpSecret must be base32 (A–Z, 2–7), at least 16 characters.');
  }
  const user = createPoolUser(ctx, {
    pool,
    ...(resolved.username !== undefined ? { username: resolved.username } : {}),
    ...(seedUser.sub ? { sub: seedUser.sub } : {}),
    attributes: resolved.attributes,
    status: seedUser.Status ?? 'CONFIRMED',
    enabled: seedUser.Enabled ?? true,
  });
  if (seedUser.Password) {
    const temporary = seedUser.Status === 'FORCE_CHANGE_PASSWORD';
    await setUserPassword(ctx, { pool, user, password: seedUser.Password, temporary });
  }
  const mfa = seedUser.Mfa;
  if (mfa) {
    user.mfa.totpEnabled = totpSecret !== undefined;
    if (totpSecret) user.mfa.totpSecret = totpSecret;
    user.mfa.smsEnabled = mfa.sms ?? false;
    user.mfa.emailEnabled = mfa.email ?? false;
    if (mfa.preferred) user.mfa.preferred = mfa.preferred;
  }
}
