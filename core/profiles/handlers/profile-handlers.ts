import type { RequestHandler } from '../../messages/create-router';
import { parseNoInput, parseObject, parseString } from '../../messages/parse-input';
import type { EngineRegistry } from '../create-engine-registry';
import type { ProfileStore } from '../create-profile-store';
import { type NewPoolProfile, type PoolProfile, parsePoolProfileInput } from '../pool-profile';

interface Context {
  profiles: ProfileStore;
  engines: Pick<EngineRegistry, 'drop'>;
}

/**
 * `profiles.list`, `profiles.add`, `profiles.remove`: for Sidekey's own pages only. Removing a profile also
 * forgets its engine's tokens, device keys and any sign-in in progress.
 */
export const profileHandlers = {
  'profiles.list': {
    from: ['extension-page'],
    parse: parseNoInput,
    run: (_input, context) => context.profiles.list(),
  } satisfies RequestHandler<undefined, PoolProfile[], Context>,
  'profiles.add': {
    from: ['extension-page'],
    parse: parsePoolProfileInput,
    run: (input, context) => context.profiles.add(input),
  } satisfies RequestHandler<NewPoolProfile, PoolProfile, Context>,
  'profiles.remove': {
    from: ['extension-page'],
    parse: (input) => parseString(parseObject(input), 'id', { maxLength: 64 }),
    async run(id, context) {
      await context.profiles.remove(id);
      await context.engines.drop(id);
    },
  } satisfies RequestHandler<string, void, Context>,
};
