import type { ContractHandlers } from '../../messages/message-contract';
import { noInput, object, parser, string } from '../../messages/shape';
import type { FactorPreferences } from '../../preferences/create-factor-preferences';
import type { AccountRequests } from '../account-messages';
import type { EngineRegistry } from '../create-engine-registry';
import type { ProfileStore } from '../create-profile-store';
import { readPoolInput, toNewPoolProfile } from '../pool-profile';

interface Context {
  profiles: ProfileStore;
  engines: Pick<EngineRegistry, 'drop'>;
  preferences: Pick<FactorPreferences, 'forget'>;
}

type ProfileRequests = Pick<AccountRequests, 'profiles.list' | 'profiles.add' | 'profiles.remove'>;

/**
 * `profiles.list`, `profiles.add`, `profiles.remove` (core/profiles/account-messages.ts): for Sidekey's own pages
 * only. Removing a profile forgets its remembered device and revokes its refresh token with Cognito (once the vault
 * is unlocked, if it is locked), forgets its engine's tokens, device keys and any sign-in in progress, and — once no
 * other profile names its user pool — the factors its accounts picked in that pool.
 */
export const profileHandlers = {
  'profiles.list': {
    from: ['extension-page'],
    parse: parser(noInput()),
    run: (_input, context) => context.profiles.list(),
  },
  'profiles.add': {
    from: ['extension-page'],
    parse: readPoolInput,
    run: (input, context) => context.profiles.add(toNewPoolProfile(input)),
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
