import type { KeyValueStorage } from '../auth/index';

/**
 * Seals and opens small secrets (the vault, core/vault/vault-secrets.ts). `sealSecret` and `openSecret` answer
 * undefined while no key is available (the vault is locked); `sealState` says whether a stored value is plain text
 * from before sealing, sealed under a key since superseded, or current.
 */
export interface Sealer {
  sealSecret(text: string, aad: string): Promise<string | undefined>;
  openSecret(sealed: string, aad: string): Promise<string | undefined>;
  sealState(stored: string): Promise<'plain' | 'current' | 'superseded'>;
}

/**
 * Storage for secrets that must never reach disk in plain text (tokens, remembered-device keys; docs/security.md
 * §1.1). With a key they are written sealed to `persistent`, bound to their storage key; without one they are kept
 * only in `volatile` (storage.session: memory, gone when the browser closes). While the vault is locked a sealed
 * value reads as missing, so the engine treats the session as needing a new sign-in rather than failing.
 *
 * Reads migrate: a value kept in memory goes to disk sealed once a key is available, and a plain value stored by
 * an earlier Sidekey, or one sealed under a superseded key, is sealed again under the current one — nothing is
 * dropped while that cannot happen yet.
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
      if (kept !== null) {
        const sealed = await sealer.sealSecret(kept, key);
        if (sealed !== undefined) {
          await persistent.setItem(key, sealed);
          await volatile.removeItem(key);
        }
        return kept;
      }
      const stored = await persistent.getItem(key);
      if (stored === null) return null;
      const state = await sealer.sealState(stored);
      const text = state === 'plain' ? stored : await sealer.openSecret(stored, key);
      if (text === undefined) return null;
      if (state !== 'current') {
        const sealed = await sealer.sealSecret(text, key);
        if (sealed !== undefined) await persistent.setItem(key, sealed);
      }
      return text;
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
