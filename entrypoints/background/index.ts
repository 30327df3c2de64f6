import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../core/messages/create-router';
import { statusHandler } from '../../core/messages/handlers/status';
import { createProfileStore } from '../../core/profiles/create-profile-store';
import { authHandlers } from '../../core/profiles/handlers/auth-handlers';
import { profileHandlers } from '../../core/profiles/handlers/profile-handlers';
import { createVault } from '../../core/vault/create-vault';
import { createVaultHandlers } from '../../core/vault/handlers/create-vault-handlers';
import { sessionAreaFromStorage } from '../../core/vault/session-area-from-storage';
import { startAutoLock } from '../../core/vault/start-auto-lock';
import { createEngines } from './create-engines';

export default defineBackground({
  type: 'module',
  main() {
    const profiles = createProfileStore({
      area: browser.storage.local,
      now: () => Date.now(),
      newId: () => crypto.randomUUID(),
    });
    const vault = createVault({
      indexedDB,
      session: sessionAreaFromStorage(browser.storage.session),
      now: () => Date.now(),
      randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
    });
    startAutoLock(vault, { alarms: browser.alarms, idle: browser.idle });
    const route = createRouter({
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      context: { profiles, engines: createEngines({ profiles, sealer: vault }) },
      handlers: {
        status: statusHandler({ version: browser.runtime.getManifest().version }),
        ...profileHandlers,
        ...authHandlers,
        ...createVaultHandlers(vault),
      },
    });
    browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
  },
});
