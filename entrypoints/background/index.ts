import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../core/messages/create-router';
import { statusHandler } from '../../core/messages/handlers/status';

export default defineBackground({
  type: 'module',
  main() {
    const route = createRouter({
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      context: {},
      handlers: {
        status: statusHandler({ version: browser.runtime.getManifest().version }),
      },
    });
    browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
  },
});
