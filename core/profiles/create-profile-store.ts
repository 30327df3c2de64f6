import { SidekeyError } from '../errors/sidekey-error';
import { FieldError } from '../messages/field-error';
import type { StorageArea } from '../storage/create-area-storage';
import type { NewPoolProfile, PoolProfile } from './pool-profile';

const KEY = 'sidekey.profiles';

interface StoredProfiles {
  version: 1;
  profiles: PoolProfile[];
}

function readStored(value: unknown): StoredProfiles {
  if (value === undefined) return { version: 1, profiles: [] };
  const stored = value as Partial<StoredProfiles>;
  if (stored?.version !== 1 || !Array.isArray(stored.profiles)) {
    throw new SidekeyError({ code: 'StorageCorrupt', message: 'The saved user pools could not be read.' });
  }
  return stored as StoredProfiles;
}

/**
 * User-pool profiles kept in extension storage (one key, versioned). Adding the same pool + client twice
 * is refused, so each account has one home.
 */
export function createProfileStore(options: { area: StorageArea; now: () => number; newId: () => string }) {
  async function load() {
    return readStored((await options.area.get(KEY))[KEY]);
  }

  return {
    async list(): Promise<PoolProfile[]> {
      return (await load()).profiles;
    },

    async get(id: string): Promise<PoolProfile> {
      const profile = (await load()).profiles.find((candidate) => candidate.id === id);
      if (!profile) throw new SidekeyError({ code: 'ProfileNotFound', message: 'That user pool is not in Sidekey.' });
      return profile;
    },

    async add(input: NewPoolProfile): Promise<PoolProfile> {
      const stored = await load();
      const duplicate = stored.profiles.some(
        (profile) => profile.userPoolId === input.userPoolId && profile.userPoolClientId === input.userPoolClientId,
      );
      if (duplicate) {
        throw new FieldError({
          code: 'ProfileExists',
          field: 'userPoolClientId',
          message: 'This user pool and app client are already in Sidekey.',
        });
      }
      const profile: PoolProfile = { ...input, id: options.newId(), createdAt: options.now() };
      await options.area.set({ [KEY]: { ...stored, profiles: [...stored.profiles, profile] } });
      return profile;
    },

    async remove(id: string): Promise<void> {
      const stored = await load();
      const profiles = stored.profiles.filter((profile) => profile.id !== id);
      if (profiles.length === stored.profiles.length) {
        throw new SidekeyError({ code: 'ProfileNotFound', message: 'That user pool is not in Sidekey.' });
      }
      await options.area.set({ [KEY]: { ...stored, profiles } });
    },
  };
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
