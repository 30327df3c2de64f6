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

function refuseDuplicate(others: PoolProfile[], input: NewPoolProfile): void {
  const duplicate = others.some(
    (profile) => profile.userPoolId === input.userPoolId && profile.userPoolClientId === input.userPoolClientId,
  );
  if (duplicate) {
    throw new FieldError({
      code: 'ProfileExists',
      field: 'userPoolClientId',
      message: 'This user pool and app client are already in Sidekey.',
    });
  }
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
      refuseDuplicate(stored.profiles, input);
      const profile: PoolProfile = { ...input, id: options.newId(), createdAt: options.now() };
      await options.area.set({ [KEY]: { ...stored, profiles: [...stored.profiles, profile] } });
      return profile;
    },

    /** Throws `ProfileExists` when a profile other than `except` has this pool + app client. */
    async refuseDuplicate(input: NewPoolProfile, { except }: { except: string }): Promise<void> {
      refuseDuplicate(
        (await load()).profiles.filter((profile) => profile.id !== except),
        input,
      );
    },

    /** Replaces everything but the id and creation time; another profile with the same pool + client is refused. */
    async update(id: string, input: NewPoolProfile): Promise<PoolProfile> {
      const stored = await load();
      const current = stored.profiles.find((profile) => profile.id === id);
      if (!current) throw new SidekeyError({ code: 'ProfileNotFound', message: 'That user pool is not in Sidekey.' });
      refuseDuplicate(
        stored.profiles.filter((profile) => profile.id !== id),
        input,
      );
      const profile: PoolProfile = { ...input, id, createdAt: current.createdAt };
      const profiles = stored.profiles.map((candidate) => (candidate.id === id ? profile : candidate));
      await options.area.set({ [KEY]: { ...stored, profiles } });
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
