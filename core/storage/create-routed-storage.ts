import type { KeyValueStorage } from '../auth/key-value-storage';

/**
 * Sends each key to one of two storages: the in-progress sign-in goes to `session` (browser.storage.session:
 * survives the worker being stopped, never written to disk), everything else (tokens, remembered-device keys)
 * to `persistent`.
 */
export function createRoutedStorage(options: {
  session: KeyValueStorage;
  persistent: KeyValueStorage;
  isSessionKey: (key: string) => boolean;
}): KeyValueStorage {
  const pick = (key: string) => (options.isSessionKey(key) ? options.session : options.persistent);
  return {
    getItem: (key) => pick(key).getItem(key),
    setItem: (key, value) => pick(key).setItem(key, value),
    removeItem: (key) => pick(key).removeItem(key),
    async clear() {
      await Promise.all([options.session.clear(), options.persistent.clear()]);
    },
  };
}
