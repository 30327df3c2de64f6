import { describe, expect, it } from 'vitest';
import { startToolbarIcon } from '../../../entrypoints/background/toolbar-icon';

type Listener = (...args: never[]) => unknown;

function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    fire: (...args: unknown[]) => {
      for (const listener of listeners) (listener as (...a: unknown[]) => unknown)(...args);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(options: {
  status: 'locked' | 'unlocked';
  origins: string[][];
  decode?: (path: string) => Promise<ImageData>;
}) {
  const vault = { status: options.status as string, origins: options.origins, viewed: 0 };
  const tabs = [{ id: 7, url: 'https://app.example/login', active: true }];
  const icons: Array<{ tabId: number; path?: Record<number, string>; imageData?: Record<number, ImageData> }> = [];
  const events = { activated: fakeEvent(), updated: fakeEvent(), storage: fakeEvent() };
  const toolbar = startToolbarIcon({
    vault: {
      toolbarView: async () => {
        vault.viewed += 1;
        return {
          status: vault.status,
          codeOrigins: new Set(vault.status === 'unlocked' ? vault.origins.flat() : []),
        };
      },
    } as never,
    tabs: {
      get: async (id: number) => tabs.find((tab) => tab.id === id),
      query: async () => tabs.filter((tab) => tab.active),
      onActivated: events.activated,
      onUpdated: events.updated,
    } as never,
    button: { setIcon: async (details) => void icons.push(details) },
    storage: { onChanged: events.storage } as never,
    ...(options.decode ? { decode: options.decode as never } : {}),
  });
  const last = () => icons.at(-1);
  return { vault, tabs, icons, events, toolbar, last };
}

describe('startToolbarIcon', () => {
  it('paints the active tab at start: the dot where an unlocked code is bound to its site', async () => {
    const { last } = setUp({ status: 'unlocked', origins: [['https://app.example']] });
    await settle();
    expect(last()).toEqual({
      tabId: 7,
      path: { 16: '/icons/sidekey-code-ready-16.png', 32: '/icons/sidekey-code-ready-32.png' },
    });
  });

  it('shows the padlock after a lock seen in session storage, and the dot again after unlock', async () => {
    const { vault, events, last } = setUp({ status: 'unlocked', origins: [['https://app.example']] });
    await settle();
    vault.status = 'locked';
    events.storage.fire({}, 'session');
    await settle();
    expect(last()?.path?.[16]).toBe('/icons/sidekey-locked-16.png');
    vault.status = 'unlocked';
    events.storage.fire({}, 'session');
    await settle();
    expect(last()?.path?.[16]).toBe('/icons/sidekey-code-ready-16.png');
  });

  it('repaints a tab that navigates to an unbound site, and one that is activated', async () => {
    const { tabs, events, last } = setUp({ status: 'unlocked', origins: [['https://app.example']] });
    await settle();
    events.updated.fire(7, { url: 'https://other.example/' }, { id: 7, url: 'https://other.example/' });
    await settle();
    expect(last()).toEqual({ tabId: 7, path: { 16: '/icons/sidekey-16.png', 32: '/icons/sidekey-32.png' } });
    tabs.push({ id: 9, url: 'https://app.example/', active: false });
    events.activated.fire({ tabId: 9, windowId: 1 });
    await settle();
    expect(last()).toEqual({
      tabId: 9,
      path: { 16: '/icons/sidekey-code-ready-16.png', 32: '/icons/sidekey-code-ready-32.png' },
    });
  });

  it('shows the bound origins the vault answers at each paint, and repaints on refresh', async () => {
    const { vault, events, toolbar, last } = setUp({ status: 'unlocked', origins: [] });
    await settle();
    expect(last()?.path?.[16]).toBe('/icons/sidekey-16.png');
    vault.origins = [['https://app.example']];
    events.activated.fire({ tabId: 7, windowId: 1 });
    await settle();
    expect(last()?.path?.[16]).toBe('/icons/sidekey-code-ready-16.png');
    vault.origins = [['https://elsewhere.example']];
    await toolbar.refresh();
    expect(last()?.path?.[16]).toBe('/icons/sidekey-16.png');
  });

  it('decodes each state once and paints from pixels after that, not from files', async () => {
    const decoded: string[] = [];
    const decode = async (path: string) => {
      decoded.push(path);
      return { width: path.includes('32') ? 32 : 16, path } as unknown as ImageData;
    };
    const { events, last } = setUp({ status: 'unlocked', origins: [['https://app.example']], decode });
    await settle();
    expect(last()).toEqual({
      tabId: 7,
      imageData: {
        16: { width: 16, path: '/icons/sidekey-code-ready-16.png' },
        32: { width: 32, path: '/icons/sidekey-code-ready-32.png' },
      },
    });
    for (const url of ['https://other.example/', 'https://app.example/', 'https://other.example/a']) {
      events.updated.fire(7, { url }, { id: 7, url });
      await settle();
    }
    expect(last()?.imageData?.[16]).toEqual({ width: 16, path: '/icons/sidekey-16.png' });
    expect(decoded.sort()).toEqual([
      '/icons/sidekey-16.png',
      '/icons/sidekey-32.png',
      '/icons/sidekey-code-ready-16.png',
      '/icons/sidekey-code-ready-32.png',
    ]);
  });

  it('paints from the files when the icons cannot be decoded', async () => {
    const decode = async () => {
      throw new Error('no OffscreenCanvas');
    };
    const { last } = setUp({ status: 'locked', origins: [], decode });
    await settle();
    expect(last()).toEqual({
      tabId: 7,
      path: { 16: '/icons/sidekey-locked-16.png', 32: '/icons/sidekey-locked-32.png' },
    });
  });
});
