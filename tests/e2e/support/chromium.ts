import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type LaunchOptions, type Page, type Target } from 'puppeteer-core';
import { pollUntil } from './poll-until';

export const EXTENSION_ID = 'npbmcjcmafkjbchncmpemdbkmagoobec';
export const EXTENSION_URL = `chrome-extension://${EXTENSION_ID}`;

/**
 * How the tests launch Debian's Chromium, with the extension or without: headless over a pipe in `userDataDir`, and
 * quiet (no background requests, component updates, sync, first-run pages or QUIC), with `args` added.
 */
export function chromiumLaunchOptions(userDataDir: string, args: readonly string[] = []): LaunchOptions {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    protocolTimeout: 15_000,
    userDataDir,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...args,
    ],
  };
}

/** Debian's Chromium with the e2e build of the extension (`npm run build:e2e` first), in a throwaway profile. */
export async function launchChromium(
  options: { args?: string[] } = {},
): Promise<{ browser: Browser; downloads: string; close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sidekey-e2e-'));
  const downloads = join(userDataDir, 'downloads');
  const browser = await puppeteer.launch({
    ...chromiumLaunchOptions(userDataDir, options.args),
    enableExtensions: [resolve('.output/chrome-mv3-e2e')],
  });
  await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith(EXTENSION_URL));
  return {
    browser,
    downloads,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the service worker of `target` as Chrome stops an idle one (puppeteer's WebWorker.close is closeTarget +
 * detach; stopWorker after attaching hangs, docs/browser-testing.md), then waits until the browser no longer lists
 * its target: that comes a moment later, on a loaded machine later than any fixed pause, and until then the next
 * look for Sidekey's worker could find the stopped one.
 */
export async function stopServiceWorker(browser: Browser, target: Target): Promise<void> {
  await (await target.worker())?.close();
  await pollUntil(
    async () => (browser.targets().includes(target) ? undefined : true),
    'the stopped service worker to leave the browser’s targets',
  );
}

/** Opens one of the extension's pages (popup.html, options.html) in a tab, as a user would see it. */
export async function openPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${EXTENSION_URL}/${path}`);
  return page;
}

type ChromeGlobal = { chrome: { runtime: { sendMessage: (message: unknown) => Promise<Record<string, unknown>> } } };

/** Sends a request to the worker from an extension page, as the popup does, and answers the raw reply. */
export async function sendMessage(page: Page, type: string, input?: unknown): Promise<Record<string, unknown>> {
  return page.evaluate((message) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(message), {
    type,
    input,
  });
}

/**
 * The text of the first element matching `selector` once it contains `text`, within 30 s. It asks the page every
 * 100 ms in short round trips rather than one long `waitForFunction`: that holds a single protocol call open until
 * the text appears, so on a loaded machine a wait past `protocolTimeout` (15 s) failed as a protocol timeout, and
 * its default requestAnimationFrame polling stalls in a tab that is not in front. A miss names what was there.
 */
export async function waitForText(page: Page, selector: string, text: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = await page.$$eval(selector, (elements) => elements.map((element) => element.textContent ?? ''));
    const found = seen.find((content) => content.includes(text));
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`waitForText: no ${selector} contained "${text}" within 30 s; saw ${JSON.stringify(seen)}`);
}

/**
 * Clicks an element from inside the page, as soon as it can be clicked: puppeteer's own click hangs in a tab that is
 * not in front, and a click on a disabled button does nothing (the popup disables a section's buttons while its
 * request runs, and under load a button may appear before its section's request ends). Asked from Node in short
 * round trips ({@link pollUntil}): a `waitForFunction` held one protocol call open for the whole wait, which on a
 * loaded machine ended as a protocol timeout after 15 s, and never matched puppeteer's own selectors (`::-p-aria`).
 * The check and the click are one call, so no re-render can disable the element in between.
 */
export async function press(page: Page, selector: string): Promise<void> {
  await pollUntil(
    () =>
      page.$eval(selector, (element) => {
        if (element.matches(':disabled')) return undefined;
        (element as HTMLElement).click();
        return true;
      }),
    `${selector} to be there and enabled, to click it`,
  );
}

/**
 * Types into a field found by selector, replacing what was there. The emptied field says so with an input event,
 * so a view that owns the value (a Preact controlled input) empties it too and a re-render in between (the popup's
 * clock ticks every second) cannot put the old text back in front of the typed one.
 */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(selector, (element) => {
    (element as HTMLInputElement).value = '';
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.type(selector, value);
}

/**
 * Submits a form the way a user's Enter key does (validation and submit events included), once Enter would: a form
 * whose default button (its first submit button) is disabled takes no Enter, and the popup disables it while the
 * form's request runs. `requestSubmit()` alone submitted it anyway, a second answer beside the one in flight. Asked
 * in short round trips, the check and the submit in one call, as {@link press} does.
 */
export async function submitForm(page: Page, formSelector: string): Promise<void> {
  await pollUntil(
    () =>
      page.$eval(formSelector, (element) => {
        const form = element as HTMLFormElement;
        const defaultButton = [...form.elements].find((field) => (field as HTMLButtonElement).type === 'submit');
        if (defaultButton?.matches(':disabled')) return undefined;
        form.requestSubmit();
        return true;
      }),
    `${formSelector} to take a submit (its submit button enabled)`,
  );
}
