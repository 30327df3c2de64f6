import { IDBFactory } from 'fake-indexeddb';
import { createVault } from '../../../core/vault/create-vault';
import type { KdfChoice } from '../../../core/vault/crypto/kdf-params';
import type { SessionArea } from '../../../core/vault/vault-session';

/** Test-only: an in-memory stand-in for browser.storage.session. */
export function memorySession(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => {
      data.set(key, structuredClone(value));
    },
    remove: async (key) => {
      data.delete(key);
    },
  };
}

/** Cheap KDF settings so tests stay fast; the real default is measured in bench/vault-kdf.ts. */
const TEST_KDF: KdfChoice = { name: 'pbkdf2-sha256', iterations: 1000 };

/** Test-only: a vault on a fresh fake IndexedDB with a movable clock. `reopen` simulates a restarted worker. */
export function makeTestVault(options: { kdf?: KdfChoice } = {}) {
  const indexedDB = new IDBFactory();
  const session = memorySession();
  const clock = { now: Date.UTC(2026, 10, 26, 12, 0, 0) };
  const build = () =>
    createVault({
      indexedDB,
      session,
      now: () => clock.now,
      randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
      kdf: options.kdf ?? TEST_KDF,
    });
  return { vault: build(), reopen: build, indexedDB, session, clock };
}

export const PASSPHRASE = 'correct horse battery staple';
export const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
