import type { Action, Storage, Tabs } from 'webextension-polyfill';
import type { Vault } from '../../core/vault/create-vault';
import { type ToolbarState, toolbarState } from '../../core/vault/toolbar-state';

/** The toolbar images of each state, drawn in public/icons/ (scripts/draw-icons.ts). */
const ICON_PATHS: Record<ToolbarState, Record<number, string>> = {
  default: { 16: '/icons/sidekey-16.png', 32: '/icons/sidekey-32.png' },
  locked: { 16: '/icons/sidekey-locked-16.png', 32: '/icons/sidekey-locked-32.png' },
  'code-ready': { 16: '/icons/sidekey-code-ready-16.png', 32: '/icons/sidekey-code-ready-32.png' },
};

/** `browser.action`, in both browsers' MV3 builds: only its per-tab call. */
interface ToolbarButton {
  setIcon(
    details:
      | { tabId: number; path: Record<number, string> }
      | { tabId: number; imageData: Record<number, Action.ImageDataType> },
  ): Promise<void>;
}

interface ToolbarIconSources {
  vault: Pick<Vault, 'toolbarView'>;
  tabs: Pick<Tabs.Static, 'get' | 'query' | 'onActivated' | 'onUpdated'>;
  button: ToolbarButton;
  /** The session area holds the unlocked data key: any change there may be a lock or an unlock. */
  storage: Pick<Storage.Static, 'onChanged'>;
  /**
   * Decodes one icon file (an ICON_PATHS value) to pixels. Each state is decoded once per worker and then passed as
   * `imageData`: given a `path`, setIcon fetches and decodes both PNGs in the worker on every paint, and a paint
   * follows every navigation — work a popup opening at that moment waits behind. Without it, or when decoding
   * fails, paths are passed.
   */
  decode?: (path: string) => Promise<Action.ImageDataType>;
}

/**
 * Keeps the toolbar button of every active tab in step with the vault: a padlock while locked, a dot where a code
 * is bound to the tab's site (decided by `toolbarState`). Repaints on tab activation and navigation and on any
 * session-storage change (lock, unlock, auto-lock); `refresh` repaints after entries change. The vault answers from
 * memory (`toolbarView`), so a navigation costs the worker next to nothing and never postpones auto-lock.
 */
export function startToolbarIcon(sources: ToolbarIconSources) {
  const { vault, tabs, button } = sources;
  const painting = new Map<number, number>();
  let paints = 0;
  const decoded = new Map<ToolbarState, Promise<Record<number, Action.ImageDataType> | undefined>>();
  const imagesOf = (state: ToolbarState) => {
    const { decode } = sources;
    if (!decode) return undefined;
    let images = decoded.get(state);
    if (!images) {
      const sizes = Object.entries(ICON_PATHS[state]);
      images = Promise.all(sizes.map(async ([size, path]) => [size, await decode(path)] as const)).then(
        (pairs) => Object.fromEntries(pairs),
        () => undefined,
      );
      decoded.set(state, images);
    }
    return images;
  };

  const paint = async (tab: Tabs.Tab) => {
    const tabId = tab.id;
    if (tabId === undefined) return;
    const ticket = ++paints;
    painting.set(tabId, ticket);
    const { status, codeOrigins } = await vault.toolbarView();
    const state = toolbarState({ status, url: tab.url, codeOrigins });
    // A later paint of the same tab (a quick navigation) wins over this one.
    if (painting.get(tabId) !== ticket) return;
    const imageData = await imagesOf(state);
    if (painting.get(tabId) !== ticket) return;
    painting.delete(tabId);
    await button.setIcon(imageData ? { tabId, imageData } : { tabId, path: ICON_PATHS[state] });
  };
  // A tab closed mid-paint rejects setIcon; the icon is cosmetic, so no failure here is worth surfacing.
  const paintQuietly = (tab: Tabs.Tab) => paint(tab).catch(() => undefined);
  const paintActiveTabs = async () => {
    const active = await tabs.query({ active: true }).catch(() => []);
    await Promise.all(active.map(paintQuietly));
  };

  tabs.onActivated.addListener(({ tabId }) => {
    void tabs.get(tabId).then(paintQuietly, () => undefined);
  });
  tabs.onUpdated.addListener((_tabId, change, tab) => {
    if (change.url !== undefined || change.status !== undefined) void paintQuietly(tab);
  });
  sources.storage.onChanged.addListener((_changes, area) => {
    if (area === 'session') void paintActiveTabs();
  });
  void paintActiveTabs();

  return {
    /** Repaints the active tabs (after entries are added, rebound, removed or imported). */
    refresh: paintActiveTabs,
  };
}
