import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { showInlineControl } from '../components/inline/show-inline-control';
import { isReply } from '../core/messages/reply';
import type { PageRequestClient } from '../core/page/page-messages';
import { startFiller } from '../core/page/start-filler';
import { browserTranslate } from './extension-pages/browser-translate';

/** Set on the isolated world's global once the filler runs in a document, so a second injection does nothing. */
const RUNNING = Symbol.for('sidekey.filler');

/**
 * The filler: injected by the worker (`scripting.executeScript`) into a frame the detector recognised, or into the
 * active tab for "Fill on this page". It only wires: one request client over runtime messaging, then
 * core/page/start-filler.ts does the in-page work, drawing its controls with components/inline until the extension context goes away.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const scope = globalThis as { [RUNNING]?: true };
    if (scope[RUNNING]) return;
    scope[RUNNING] = true;
    const request: PageRequestClient = async (type, input) => {
      try {
        const reply: unknown = await browser.runtime.sendMessage({ type, input });
        if (isReply(reply)) return reply as Awaited<ReturnType<PageRequestClient>>;
      } catch {
        // The worker is gone (extension reloaded or updated): answered below as unavailable.
      }
      return { ok: false, code: 'Unavailable', message: 'Sidekey’s background worker could not be reached.' };
    };
    const stop = startFiller({
      doc: document,
      storage: { session: () => sessionStorage, local: () => localStorage },
      request,
      now: () => Date.now(),
      showControl: showInlineControl,
      // The page words are keys of the English messages.json: this compiles only while each is there.
      t: browserTranslate,
    });
    ctx.onInvalidated(() => {
      stop();
      delete scope[RUNNING];
    });
  },
});
