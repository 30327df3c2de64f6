import { describe, expect, it } from 'vitest';
import { sessionAreaFromStorage } from '../../../core/vault/session-area-from-storage';

describe('sessionAreaFromStorage', () => {
  it('reads, writes and removes single keys of a WebExtension storage area', async () => {
    const store: Record<string, unknown> = {};
    const area = sessionAreaFromStorage({
      get: async (key) => (key in store ? { [key]: store[key] } : {}),
      set: async (items) => {
        Object.assign(store, items);
      },
      remove: async (key) => {
        delete store[key];
      },
    });
    expect(await area.get('a')).toBeUndefined();
    await area.set('a', { keyId: 'k' });
    expect(await area.get('a')).toEqual({ keyId: 'k' });
    await area.remove('a');
    expect(store).toEqual({});
  });
});
