import type { ContractHandlers } from '../../messages/message-contract';
import { noInput, object, parser, string } from '../../messages/shape';
import type { FactorPreferences } from '../../preferences/create-factor-preferences';
import type { AccountRequests } from '../account-messages';
import type { PoolAddress } from '../check-pool';
import type { EngineRegistry } from '../create-engine-registry';
import type { ProfileStore } from '../create-profile-store';
import { type NewPoolProfile, readPoolAddInput, readPoolUpdateInput, toNewPoolProfile } from '../pool-profile';

interface Context {
  profiles: ProfileStore;
  engines: Pick<EngineRegistry, 'drop' | 'rebuild'>;
  preferences: Pick<FactorPreferences, 'forget'>;
  /**
   * Asks the pool's server whether the pool and app client exist (core/profiles/check-pool.ts); the worker always
   * gives it. Without it pools are stored unchecked.
   */
  checkPool?: (pool: PoolAddress) => Promise<void>;
}

type ProfileRequests = Pick<AccountRequests, 'profiles.list' | 'profiles.add' | 'profiles.update' | 'profiles.remove'>;

/** Whether an edit points the profile at another pool, client or server (then its session belongs to the old one). */
function movesPool(before: NewPoolProfile, after: NewPoolProfile): boolean {
  return (
    before.userPoolId !== after.userPoolId ||
    before.userPoolClientId !== after.userPoolClientId ||
    before.userPoolEndpoint !== after.userPoolEndpoint ||
    before.region !== after.region
  );
}

/**
 * `profiles.list`, `profiles.add`, `profiles.update`, `profiles.remove` (core/profiles/account-messages.ts): for
 * Sidekey's own pages only. Adding a pool, or editing where it is, first checks it with its server unless the user
 * chose to skip that. Removing a profile forgets its remembered device and revokes its refresh token with Cognito
 * (once the vault is unlocked, if it is locked), forgets its engine's tokens, device keys and any sign-in in
 * progress, and — once no other profile names its user pool — the factors its accounts picked in that pool. An edit
 * that moves the profile to another pool ends its session the same way first.
 */
export const profileHandlers = {
  'profiles.list': {
    from: ['extension-page'],
    parse: parser(noInput()),
    run: (_input, context) => context.profiles.list(),
  },
  'profiles.add': {
    from: ['extension-page'],
    parse: readPoolAddInput,
    async run(input, context) {
      const profile = toNewPoolProfile(input);
      if (!input.skipCheck) await context.checkPool?.(profile);
      return context.profiles.add(profile);
    },
  },
  'profiles.update': {
    from: ['extension-page'],
    parse: readPoolUpdateInput,
    async run({ id, ...input }, context) {
      const before = await context.profiles.get(id);
      const after = toNewPoolProfile(input);
      if (!movesPool(before, after)) {
        const updated = await context.profiles.update(id, after);
        context.engines.rebuild(id);
        return updated;
      }
      await context.profiles.refuseDuplicate(after, { except: id });
      if (!input.skipCheck) await context.checkPool?.(after);
      await context.engines.drop(id); // while the profile still says which pool its session belongs to
      return context.profiles.update(id, after);
    },
  },
  'profiles.remove': {
    from: ['extension-page'],
    parse: parser(object({ id: string({ max: 64 }) })),
    async run({ id }, context) {
      const { userPoolId } = await context.profiles.get(id);
      await context.engines.drop(id); // while the profile still says which pool its session belongs to
      await context.profiles.remove(id);
      if ((await context.profiles.list()).some((profile) => profile.userPoolId === userPoolId)) return;
      try {
        await context.preferences.forget({ scope: { userPoolId } });
      } catch {
        // Unreadable preferences stay as they are: the pool is removed all the same.
      }
    },
  },
} satisfies ContractHandlers<ProfileRequests, Context>;
