import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../core/messages/create-router';
import { statusHandler } from '../../core/messages/handlers/status';
import { createProfileStore } from '../../core/profiles/create-profile-store';
import { authHandlers } from '../../core/profiles/handlers/auth-handlers';
import { profileHandlers } from '../../core/profiles/handlers/profile-handlers';
import { createEngines } from './create-engines';

export default defineBackground({
  type: 'module',
  main() {
    const profiles = createProfileStore({
      area: browser.storage.local,
      now: () => Date.now(),
      newId: () => crypto.randomUUID(),
    });
    const route = createRouter({
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      context: { profiles, engines: createEngines(profiles) },
      handlers: {
        status: statusHandler({ version: browser.runtime.getManifest().version }),
        ...profileHandlers,
        ...authHandlers,
      },
    });
    browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
  },
});
