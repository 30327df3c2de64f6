import type { StorageArea } from '../../../core/storage/create-area-storage';

/**
 * An in-memory `browser.storage` area. Values are copied in and out as structured cloning would, so a test sees
 * what a real area would hand back, never the object it stored.
 */
export function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  return {
    data,
    async get(keys) {
      const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(
        wanted.filter((key) => data.has(key)).map((key) => [key, structuredClone(data.get(key))]),
      );
    },
    async set(items) {
      for (const [key, value] of Object.entries(structuredClone(items))) data.set(key, value);
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) data.delete(key);
    },
  };
}
