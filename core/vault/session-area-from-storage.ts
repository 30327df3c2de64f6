import type { SessionArea } from './vault-session';

/** The part of a WebExtension `storage.StorageArea` the vault uses. */
export interface StorageAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

/**
 * Adapts `browser.storage.session` to the vault's {@link SessionArea}. storage.session is memory-only and, at its
 * default access level (TRUSTED_CONTEXTS), unreadable from content scripts — never raise that level while the
 * vault keeps its data key there.
 * @see https://developer.chrome.com/docs/extensions/reference/api/storage#property-session
 */
export function sessionAreaFromStorage(area: StorageAreaLike): SessionArea {
  return {
    get: async (key) => (await area.get(key))[key],
    set: (key, value) => area.set({ [key]: value }),
    remove: (key) => area.remove(key),
  };
}
