import { defineContentScript } from 'wxt/utils/define-content-script';
import { addsInput } from '../core/page/adds-input';
import { looksLikeSignInPage } from '../core/page/looks-like-sign-in-page';

/** The extension API as the page's isolated world has it, without the polyfill (the detector must stay tiny). */
type RuntimeGlobal = { runtime?: { sendMessage?: (message: unknown) => Promise<unknown> } };

/** How long route changes are gathered before one look (a busy page pays at most one query per period). */
const THROTTLE_MS = 300;

/**
 * The detector: registered at runtime only for origins the user bound to an account (entrypoints/background/
 * plan-detector-scripts.ts), it takes one selector query to decide whether the page shows a sign-in step and, if
 * so, asks the worker to inject the filler; it touches the extension API only then. A throttled MutationObserver, set up only when the first look found
 * nothing, notices single-page-app route changes that add an input (core/page/adds-input.ts) and looks again only
 * then; an idle page costs nothing after the first look. Its build is a
 * plain IIFE without WXT's wrapper (wxt.config.ts). Pure recognition: core/page/looks-like-sign-in-page.ts.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main() {
    let waiting = false;
    let observer: MutationObserver | undefined;
    const look = () => {
      waiting = false;
      if (!looksLikeSignInPage(document)) {
        // Set up only once the first look found nothing: a sign-in page never pays for an observer.
        observer ??= watch();
        return;
      }
      observer?.disconnect();
      const kind = document.querySelector('[data-amplify-authenticator],amplify-authenticator')
        ? 'amplify'
        : document.getElementById('signInFormUsername')
          ? 'hosted-ui'
          : 'form';
      // The extension API is looked up only now: in Chromium the first touch of `chrome.runtime` builds its
      // bindings in this world, a cost a page without a sign-in form never pays.
      const scope = globalThis as { browser?: RuntimeGlobal; chrome?: RuntimeGlobal };
      const runtime = (scope.browser ?? scope.chrome)?.runtime;
      // The worker injects the filler, which watches the page from then on; a refusal ends the detector's work.
      void runtime?.sendMessage?.({ type: 'page.inject', input: { kind } })?.catch(() => undefined);
    };
    const watch = () => {
      const watcher = new MutationObserver((records) => {
        if (waiting || !addsInput(records)) return;
        waiting = true;
        setTimeout(look, THROTTLE_MS);
      });
      // `document` rather than its root element: the same subtree, without making a wrapper for <html> in this world.
      watcher.observe(document, { childList: true, subtree: true });
      return watcher;
    };
    look();
  },
});
