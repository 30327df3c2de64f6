import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../core/messages/create-router';
import { statusHandler } from '../../core/messages/handlers/status';
import { createProfileStore } from '../../core/profiles/create-profile-store';
import { profileHandlers } from '../../core/profiles/handlers/profile-handlers';

export default defineBackground({
  type: 'module',
  main() {
    const route = createRouter({
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      context: {
        profiles: createProfileStore({
          area: browser.storage.local,
          now: () => Date.now(),
          newId: () => crypto.randomUUID(),
        }),
      },
      handlers: {
        status: statusHandler({ version: browser.runtime.getManifest().version }),
        ...profileHandlers,
      },
    });
    browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
  },
});
