import { render } from 'preact';
import browser from 'webextension-polyfill';
import { FIRST_SCREEN_ROWS } from '../../components/CodeList';
import { TranslatorContext } from '../../components/translator-context';
import { isUsableOrigin } from '../../core/origins/parse-origin';
import { requestSiteAccess } from '../background/request-site-access';
import { browserTranslate } from '../extension-pages/browser-translate';
import { createMessageClient } from '../extension-pages/create-message-client';
import { PopupApp } from './PopupApp';
import { createPopupMemory } from './popup-memory';
import { imageSize, readQrFromImage } from './read-qr-from-image';

/** How long the popup waits for its first codes before it paints the loading screen instead. */
const LOADING_SCREEN_AFTER_MS = 80;

/** The active tab and its origin, when it is one Sidekey may act on (the `activeTab` permission reveals its URL). */
async function activeTab(): Promise<{ origin?: string; tabId?: number }> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.url || tab.id === undefined) return {};
    const origin = new URL(tab.url).origin;
    return isUsableOrigin(origin) ? { origin, tabId: tab.id } : {};
  } catch {
    return {};
  }
}

/** Screenshots the visible tab (allowed by `activeTab` once the user opened the popup on it). */
async function captureTab(): Promise<{ url: string; width: number; height: number }> {
  const url = await browser.tabs.captureVisibleTab(undefined, { format: 'png' });
  return { url, ...(await imageSize(url)) };
}

async function main() {
  performance.mark('sidekey:popup-start');
  // The first screenful only: fewer codes to compute, a smaller reply, fewer rows; the hook asks for the rest.
  // Sent before anything else, so the worker starts on it at once; asked while the tab is looked up (tabs.query
  // costs a few ms): without a usable origin (new tab, browser pages) that answer is the right one; on a site, the
  // one ranked for it is asked as soon as its origin is known.
  const call = createMessageClient((message) => browser.runtime.sendMessage(message));
  const unranked = call('vault.listCodes', { limit: FIRST_SCREEN_ROWS });
  const tab = activeTab();
  // Where the popup was left (storage.session: gone at browser restart), read while the codes are asked for.
  const memory = createPopupMemory(browser.storage.session);
  const remembered = memory.load();
  document.documentElement.lang = browserTranslate('page_language');
  const root = document.getElementById('app');
  if (!root) return;
  const { origin, tabId } = await tab;
  performance.mark('sidekey:origin-known');
  const firstCodes = origin ? call('vault.listCodes', { origin, limit: FIRST_SCREEN_ROWS }) : unranked;
  void firstCodes.then(() => performance.mark('sidekey:codes-reply'));
  // Rendered once the codes are here (a millisecond or two with the worker running), so the first render is the
  // list (one render, not a loading screen replaced by the next); a worker that must start first gets the loading
  // screen after LOADING_SCREEN_AFTER_MS.
  const firstReply = await Promise.race([
    firstCodes,
    new Promise<undefined>((resolve) => setTimeout(resolve, LOADING_SCREEN_AFTER_MS)),
  ]);
  render(
    <TranslatorContext.Provider value={browserTranslate}>
      <PopupApp
        call={call}
        firstCodes={firstCodes}
        firstReply={firstReply}
        remembered={await remembered}
        saveMemory={(next) => void memory.save(next)}
        origin={origin}
        tabId={tabId}
        optionsUrl={browser.runtime.getURL('/options.html')}
        writeClipboard={(text) => navigator.clipboard.writeText(text)}
        captureTab={origin ? captureTab : undefined}
        readQr={readQrFromImage}
        requestSiteAccess={requestSiteAccess}
      />
    </TranslatorContext.Provider>,
    root,
  );
}

void main();
