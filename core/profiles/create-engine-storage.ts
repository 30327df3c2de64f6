import { isAutoSignInPasswordKey, type KeyValueStorage } from '../auth/index';
import { createAreaStorage, type StorageArea } from '../storage/create-area-storage';
import { createRoutedStorage } from '../storage/create-routed-storage';
import { createSealedStorage, type Sealer } from '../storage/create-sealed-storage';
import { isSealedKey, isSessionKey } from './engine-storage-keys';

/**
 * One profile's engine storage in the worker: the sign-in in progress in the session area, the tokens and
 * remembered-device keys sealed by the vault (or only in the session area while the vault is locked), and the rest
 * in the local area — all under `sidekey.auth.<profileId>.` so profiles never see each other's keys. The password
 * an armed auto sign-in keeps never reaches disk: sealed in the session area, or while the vault is locked only in
 * this storage's memory (lost with the worker, as Amplify's is; docs/security.md §1.1).
 */
export function createEngineStorage(options: {
  profileId: string;
  local: StorageArea;
  session: StorageArea;
  sealer: Sealer;
}): KeyValueStorage {
  const prefix = `sidekey.auth.${options.profileId}.`;
  const session = createAreaStorage({ area: options.session, prefix });
  const local = createAreaStorage({ area: options.local, prefix });
  return createRoutedStorage({
    routes: [
      {
        when: isAutoSignInPasswordKey,
        storage: createSealedStorage({ persistent: session, volatile: createMemoryStorage(), sealer: options.sealer }),
      },
      { when: isSessionKey, storage: session },
      {
        when: isSealedKey,
        storage: createSealedStorage({ persistent: local, volatile: session, sealer: options.sealer }),
      },
    ],
    fallback: local,
  });
}

/** Storage in this worker's memory only. */
function createMemoryStorage(): KeyValueStorage {
  const entries = new Map<string, string>();
  return {
    getItem: async (key) => entries.get(key) ?? null,
    setItem: async (key, value) => void entries.set(key, value),
    removeItem: async (key) => void entries.delete(key),
    clear: async () => entries.clear(),
  };
}

/**
 * One profile's engine values as they lie in the local area (sealed values still sealed), keyed as the engine
 * names them: what a session the worker cannot end now is kept as (core/profiles/create-revocation-queue.ts).
 */
export async function readStoredEngineValues(options: {
  profileId: string;
  local: StorageArea;
}): Promise<Record<string, string>> {
  const prefix = `sidekey.auth.${options.profileId}.`;
  const stored: Record<string, string> = {};
  for (const [key, value] of Object.entries(await options.local.get(null))) {
    if (key.startsWith(prefix) && typeof value === 'string') stored[key.slice(prefix.length)] = value;
  }
  return stored;
}
