import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../core/messages/create-router';
import { statusHandler } from '../../core/messages/handlers/status';
import { createPageRouter, isPageMessage } from '../../core/page-access/create-page-router';
import { discoverPoolHandlers } from '../../core/page-access/discover-pool-handlers';
import { fillPageHandlers } from '../../core/page-access/fill-page-handlers';
import { createFactorPreferences } from '../../core/preferences/create-factor-preferences';
import { checkPool, type PoolAddress } from '../../core/profiles/check-pool';
import { createProfileStore } from '../../core/profiles/create-profile-store';
import { accountFlowHandlers } from '../../core/profiles/handlers/account-flow-handlers';
import { accountSettingsHandlers } from '../../core/profiles/handlers/account-settings-handlers';
import { authHandlers } from '../../core/profiles/handlers/auth-handlers';
import { passkeyHandlers } from '../../core/profiles/handlers/passkey-handlers';
import { profileHandlers } from '../../core/profiles/handlers/profile-handlers';
import { siteHandlers } from '../../core/profiles/handlers/site-handlers';
import { createAreaStorage } from '../../core/storage/create-area-storage';
import { createVault } from '../../core/vault/create-vault';
import { createVaultHandlers } from '../../core/vault/handlers/create-vault-handlers';
import { startAutoLock } from '../../core/vault/start-auto-lock';
import { createEngines } from './create-engines';
import { decodeIcon } from './decode-icon';
import { createFillerInjector } from './inject-filler';
import { keepAwakeWhileBusy } from './keep-awake-while-busy';
import { createSiteTabs } from './site-tabs';
import { changesBindings, createDetectorSync } from './sync-detector-scripts';
import { startToolbarIcon } from './toolbar-icon';

/**
 * How often the background touches an extension API while a reply is pending: well under Firefox's 30 s idle
 * timeout, and under the 2 s the Firefox tests set (entrypoints/background/keep-awake-while-busy.ts).
 */
const BUSY_PING_MS = 500;
/** The keyboard command (manifest `commands`) that fills the active tab under `activeTab`. */
const FILL_ON_PAGE_COMMAND = 'fill-on-page';

export default defineBackground({
  type: 'module',
  main() {
    const profiles = createProfileStore({
      area: browser.storage.local,
      now: () => Date.now(),
      newId: () => crypto.randomUUID(),
    });
    const preferences = createFactorPreferences({ area: browser.storage.local, now: () => Date.now() });
    const vault = createVault({
      indexedDB,
      session: createAreaStorage({ area: browser.storage.session, prefix: '' }),
      now: () => Date.now(),
      randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
    });
    startAutoLock(vault, { alarms: browser.alarms, idle: browser.idle });
    const extension = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
    const engines = createEngines({ profiles, sealer: vault });
    const filler = createFillerInjector(browser.scripting);
    const siteTabs = createSiteTabs({ tabs: browser.tabs, scripting: browser.scripting });
    const route = createRouter({
      ...extension,
      context: {
        profiles,
        preferences,
        engines,
        // A server that never answers is "could not check" after 10 s, not a form that waits for ever.
        checkPool: (pool: PoolAddress) =>
          checkPool(pool, { fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(10_000) }) }),
        siteTabs,
        vault,
        fillPageTabs: { originOf: siteTabs.originOf, injectFiller: filler.intoTab },
        discoverTabs: {
          originOf: siteTabs.originOf,
          readPool: async (tabId: number) => {
            const [frame] = await browser.scripting.executeScript({
              target: { tabId, frameIds: [0] },
              files: ['discover-pool.js'],
            });
            return frame?.result;
          },
        },
      },
      handlers: {
        status: statusHandler({ version: browser.runtime.getManifest().version }),
        ...profileHandlers,
        ...authHandlers,
        ...accountFlowHandlers,
        ...passkeyHandlers,
        ...siteHandlers,
        ...accountSettingsHandlers,
        ...fillPageHandlers,
        ...discoverPoolHandlers,
        ...createVaultHandlers(vault),
      },
    });
    const routePage = createPageRouter({
      ...extension,
      context: { profiles, vault, preferences, injectFiller: filler.intoFrame },
    });
    const syncDetectors = createDetectorSync({
      sources: { profiles, vault },
      scripting: browser.scripting,
      permissions: browser.permissions,
      ports: import.meta.env.BROWSER !== 'firefox',
    });

    const toolbar = startToolbarIcon({
      vault,
      tabs: browser.tabs,
      button: browser.action,
      storage: browser.storage,
      decode: decodeIcon,
    });
    const whileBusy = keepAwakeWhileBusy({ ping: () => browser.runtime.getPlatformInfo(), everyMs: BUSY_PING_MS });
    const answer = async (message: unknown, sender: Runtime.MessageSender) => {
      if (isPageMessage(message)) return routePage(message, sender);
      const reply = await route(message, sender);
      const type = (message as { type?: unknown }).type;
      if (reply.ok && changesBindings(type)) await Promise.all([syncDetectors(), toolbar.refresh()]);
      // Sessions let go of while the vault was locked are revoked now that their tokens can be read.
      if (reply.ok && (type === 'vault.unlock' || type === 'vault.setup')) void engines.endRetired();
      return reply;
    };
    browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
      whileBusy(answer(message, sender)),
    );
    // A grant or revocation (options page, browser settings) changes where the detector may run.
    browser.permissions.onAdded.addListener(() => void syncDetectors());
    browser.permissions.onRemoved.addListener(() => void syncDetectors());
    // "Fill on this page" by keyboard: activeTab grants this tab for this one gesture, no standing permission.
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === FILL_ON_PAGE_COMMAND && tab?.id !== undefined) void filler.intoTab(tab.id).catch(() => undefined);
    });
    // Registered scripts persist across restarts and a duplicate id throws: reconcile instead of registering.
    void syncDetectors();
    // A restarted worker may find the vault still unlocked (storage.session) and sessions waiting to be revoked.
    void engines.endRetired();
  },
});
