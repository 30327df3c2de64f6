import type { KeyValueStorage } from '../auth/index';

/** One route: keys it takes, and where they go. */
export interface StorageRoute {
  when: (key: string) => boolean;
  storage: KeyValueStorage;
}

/**
 * Sends each key to the first route that takes it, else to `fallback`. The worker uses it to keep the sign-in in
 * progress in session storage, tokens and remembered-device keys sealed, and everything else (who signed in last,
 * clock drift, sign-in details) in local storage.
 */
export function createRoutedStorage(options: { routes: StorageRoute[]; fallback: KeyValueStorage }): KeyValueStorage {
  const pick = (key: string) => options.routes.find((route) => route.when(key))?.storage ?? options.fallback;
  return {
    getItem: (key) => pick(key).getItem(key),
    setItem: (key, value) => pick(key).setItem(key, value),
    removeItem: (key) => pick(key).removeItem(key),
    async clear() {
      await Promise.all([...options.routes.map((route) => route.storage.clear()), options.fallback.clear()]);
    },
  };
}
