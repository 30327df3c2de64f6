import type { Storage, Tabs } from 'webextension-polyfill';
import type { Vault } from '../../core/vault/create-vault';
import { type ToolbarState, toolbarState } from '../../core/vault/toolbar-state';

/** The toolbar images of each state, drawn in public/icons/ (scripts/draw-icons.ts). */
const ICON_PATHS: Record<ToolbarState, Record<number, string>> = {
  default: { 16: '/icons/sidekey-16.png', 32: '/icons/sidekey-32.png' },
  locked: { 16: '/icons/sidekey-locked-16.png', 32: '/icons/sidekey-locked-32.png' },
  'code-ready': { 16: '/icons/sidekey-code-ready-16.png', 32: '/icons/sidekey-code-ready-32.png' },
};

/** `browser.action` (MV3) or `browser.browserAction` (the MV2 Firefox build): both take the same per-tab call. */
interface ToolbarButton {
  setIcon(details: { tabId: number; path: Record<number, string> }): Promise<void>;
}

interface ToolbarIconSources {
  vault: Pick<Vault, 'state' | 'listCodes'>;
  tabs: Pick<Tabs.Static, 'get' | 'query' | 'onActivated' | 'onUpdated'>;
  button: ToolbarButton;
  /** The session area holds the unlocked data key: any change there may be a lock or an unlock. */
  storage: Pick<Storage.Static, 'onChanged'>;
}

/**
 * Keeps the toolbar button of every active tab in step with the vault: a padlock while locked, a dot where a code
 * is bound to the tab's site (decided by `toolbarState`). Repaints on tab activation and navigation and on any
 * session-storage change (lock, unlock, auto-lock); `refresh` re-reads the bound origins after entries change.
 *
 * The bound origins are read once per unlock and entry count (listing codes counts as vault use) and cached, so
 * switching tabs never postpones auto-lock.
 */
export function startToolbarIcon(sources: ToolbarIconSources) {
  const { vault, tabs, button } = sources;
  // Keyed by the entry count, so an entry saved from a page (no bindings message) is seen on the next paint.
  let codeOrigins: { entryCount: number; origins: Promise<Set<string>> } | undefined;
  const painting = new Map<number, number>();
  let paints = 0;

  const readCodeOrigins = async () => new Set((await vault.listCodes()).flatMap((entry) => entry.origins));

  const paint = async (tab: Tabs.Tab) => {
    const tabId = tab.id;
    if (tabId === undefined) return;
    const ticket = ++paints;
    painting.set(tabId, ticket);
    const { status, entryCount } = await vault.state();
    if (status !== 'unlocked') codeOrigins = undefined;
    else if (codeOrigins?.entryCount !== entryCount) {
      codeOrigins = { entryCount, origins: readCodeOrigins().catch(() => new Set<string>()) };
    }
    const origins = (await codeOrigins?.origins) ?? new Set<string>();
    const state = toolbarState({ status, url: tab.url, codeOrigins: origins });
    // A later paint of the same tab (a quick navigation) wins over this one.
    if (painting.get(tabId) !== ticket) return;
    painting.delete(tabId);
    await button.setIcon({ tabId, path: ICON_PATHS[state] });
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
    /** Re-reads which origins have bound codes (after entries are added, rebound, removed or imported). */
    async refresh(): Promise<void> {
      codeOrigins = undefined;
      await paintActiveTabs();
    },
  };
}
