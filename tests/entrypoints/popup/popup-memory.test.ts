import { describe, expect, it } from 'vitest';
import { createPopupMemory, type MemoryArea } from '../../../entrypoints/popup/popup-memory';

/** A storage.session stand-in holding whatever was set, raw. */
function area(initial: Record<string, unknown> = {}): MemoryArea & { items: Record<string, unknown> } {
  const items = { ...initial };
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (values) => {
      Object.assign(items, values);
    },
  };
}

const KEY = 'sidekey.popupMemory';

describe('createPopupMemory', () => {
  it('reads back the tab, pool and usernames it kept', async () => {
    const memory = createPopupMemory(area());
    await memory.save({ tab: 'accounts', profileId: 'p2', usernames: { p1: 'walt', p2: 'olga' } });
    expect(await memory.load()).toEqual({ tab: 'accounts', profileId: 'p2', usernames: { p1: 'walt', p2: 'olga' } });
  });

  it('reads back the sites whose user pool offer was dismissed, dropping any that is not text', async () => {
    const memory = createPopupMemory(area());
    await memory.save({ tab: 'codes', usernames: {}, dismissedOrigins: ['https://app.example.com'] });
    expect(await memory.load()).toEqual({ tab: 'codes', usernames: {}, dismissedOrigins: ['https://app.example.com'] });
    const stored = area({ [KEY]: { tab: 'codes', usernames: {}, dismissedOrigins: [3, 'https://b.example', null] } });
    expect((await createPopupMemory(stored).load()).dismissedOrigins).toEqual(['https://b.example']);
    const notAList = area({ [KEY]: { tab: 'codes', usernames: {}, dismissedOrigins: 'https://b.example' } });
    expect(await createPopupMemory(notAList).load()).toEqual({ tab: 'codes', usernames: {} });
  });

  it('starts on the codes with nothing typed when nothing is kept', async () => {
    expect(await createPopupMemory(area()).load()).toEqual({ tab: 'codes', usernames: {} });
  });

  it('leaves out whatever stored piece is malformed, keeping the rest', async () => {
    const stored = area({
      [KEY]: { tab: 'settings', profileId: 7, usernames: { p1: 'walt', p2: 42, p3: 'x'.repeat(300) }, password: 'no' },
    });
    expect(await createPopupMemory(stored).load()).toEqual({ tab: 'codes', usernames: { p1: 'walt' } });
    expect(await createPopupMemory(area({ [KEY]: 'garbage' })).load()).toEqual({ tab: 'codes', usernames: {} });
  });

  it('writes only the memory’s own fields, so nothing else handed to it is kept', async () => {
    const stored = area();
    const memory = { tab: 'accounts', usernames: { p1: 'walt' }, password: 'Secret-1' } as never;
    await createPopupMemory(stored).save(memory);
    expect(stored.items[KEY]).toEqual({ tab: 'accounts', usernames: { p1: 'walt' } });
  });

  it('reads as a fresh popup when storage fails, and a failed write loses nothing', async () => {
    const broken: MemoryArea = {
      get: async () => {
        throw new Error('storage unavailable');
      },
      set: async () => {
        throw new Error('quota');
      },
    };
    const memory = createPopupMemory(broken);
    expect(await memory.load()).toEqual({ tab: 'codes', usernames: {} });
    await expect(memory.save({ tab: 'accounts', usernames: {} })).resolves.toBeUndefined();
  });
});
