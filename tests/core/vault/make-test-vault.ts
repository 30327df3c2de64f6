import { IDBFactory } from 'fake-indexeddb';
import { createAreaStorage } from '../../../core/storage/create-area-storage';
import { createVault } from '../../../core/vault/create-vault';
import type { KdfChoice } from '../../../core/vault/crypto/kdf-params';
import { memoryArea } from '../storage/memory-area';

/** Test-only: browser.storage.session as the worker wires it (the area behind KeyValueStorage); `data` is the area. */
export function memorySession() {
  const area = memoryArea();
  return Object.assign(createAreaStorage({ area, prefix: '' }), { data: area.data });
}

/** Cheap KDF settings so tests stay fast; the real default is measured in bench/vault-kdf.ts. */
const TEST_KDF: KdfChoice = { name: 'pbkdf2-sha256', iterations: 1000 };

/** Test-only: a vault on a fresh fake IndexedDB (or the one given) with a movable clock. `reopen` simulates a restarted worker. */
export function makeTestVault(options: { kdf?: KdfChoice; indexedDB?: globalThis.IDBFactory } = {}) {
  const indexedDB = options.indexedDB ?? new IDBFactory();
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
