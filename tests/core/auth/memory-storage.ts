import type { KeyValueStorage } from '../../../core/auth/index';

/** An in-memory KeyValueStorage for tests; `entries` exposes what was written. */
export function createMemoryStorage(): KeyValueStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: async (key) => entries.get(key) ?? null,
    setItem: async (key, value) => {
      entries.set(key, value);
    },
    removeItem: async (key) => {
      entries.delete(key);
    },
    clear: async () => entries.clear(),
  };
}
