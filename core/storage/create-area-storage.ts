import type { KeyValueStorage } from '../auth/index';

/** The slice of a `browser.storage` area (local or session) that Sidekey's key-value storage needs. */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * Amplify's KeyValueStorage over one extension storage area, every key under `prefix` so that several
 * engines (one per user-pool profile) share an area without seeing each other's keys; `clear()` only
 * removes this prefix's keys.
 */
export function createAreaStorage(options: { area: StorageArea; prefix: string }): KeyValueStorage {
  const { area, prefix } = options;
  return {
    async getItem(key) {
      const value = (await area.get(prefix + key))[prefix + key];
      return typeof value === 'string' ? value : null;
    },
    setItem: (key, value) => area.set({ [prefix + key]: value }),
    removeItem: (key) => area.remove(prefix + key),
    async clear() {
      const keys = Object.keys(await area.get(null)).filter((key) => key.startsWith(prefix));
      if (keys.length > 0) await area.remove(keys);
    },
  };
}
