import type { KeyValueStorage } from '../auth/index';

/** Seals and opens small secrets; both answer undefined while no key is available (the vault is locked or new). */
export interface Sealer {
  sealSecret(text: string, aad: string): Promise<string | undefined>;
  openSecret(sealed: string, aad: string): Promise<string | undefined>;
}

/**
 * Storage for secrets that must never reach disk in plain text (refresh tokens). With a key they are written
 * sealed to `persistent`, bound to their storage key; without one they are kept only in `volatile`
 * (storage.session: memory, gone when the browser closes). While the vault is locked a sealed value reads as
 * missing, so the engine treats the session as needing a new sign-in rather than failing.
 */
export function createSealedStorage(options: {
  persistent: KeyValueStorage;
  volatile: KeyValueStorage;
  sealer: Sealer;
}): KeyValueStorage {
  const { persistent, volatile, sealer } = options;
  return {
    async getItem(key) {
      const kept = await volatile.getItem(key);
      if (kept !== null) return kept;
      const sealed = await persistent.getItem(key);
      return sealed === null ? null : ((await sealer.openSecret(sealed, key)) ?? null);
    },
    async setItem(key, value) {
      const sealed = await sealer.sealSecret(value, key);
      if (sealed === undefined) {
        await volatile.setItem(key, value);
        await persistent.removeItem(key);
      } else {
        await persistent.setItem(key, sealed);
        await volatile.removeItem(key);
      }
    },
    async removeItem(key) {
      await Promise.all([volatile.removeItem(key), persistent.removeItem(key)]);
    },
    async clear() {
      await Promise.all([volatile.clear(), persistent.clear()]);
    },
  };
}
