import type { ProfileStorageArea } from '../../../core/profiles/create-profile-store';

/** An in-memory stand-in for `browser.storage.local` that copies values as structured cloning would. */
export function memoryStorageArea(
  initial: Record<string, unknown> = {},
): ProfileStorageArea & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}
