import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pollUntil } from './poll-until';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Whether Firefox ESR is installed here: the Firefox files skip themselves without it. */
export const FIREFOX_AVAILABLE = existsSync(FIREFOX_PATH);

/** The gecko id in every Firefox build's manifest (wxt.config.ts). */
const FIREFOX_ADDON_ID = 'sidekey@sidekey.dev';
/**
 * Firefox gives each install a random internal UUID (the host of its `moz-extension://` pages); the tests fix it
 * with the `extensions.webextensions.uuids` pref (docs/browser-testing.md#firefox).
 */
const FIREFOX_EXTENSION_UUID = '5f1d7c2e-8b3a-4e6f-9d0c-2a4b6c8e0f13';
export const FIREFOX_EXTENSION_URL = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

/** The Firefox builds: `npm run build:firefox:e2e` (loopback granted up front) and `npm run build:firefox` (the store build). */
const FIREFOX_E2E_BUILD = resolve('.output/firefox-mv3-e2e');
export const FIREFOX_STORE_BUILD = resolve('.output/firefox-mv3');

export interface FirefoxSession {
  browser: Browser;
  /**
   * Every error Firefox reported from Sidekey's pages, event page and content scripts since launch: uncaught
   * exceptions and unhandled rejections, which Firefox writes to its console and its standard error as
   * `JavaScript error: moz-extension://<uuid>/…`. A test asserts this stays empty.
   */
  extensionErrors: () => string[];
  /**
   * Marks the running event page through `page`, closes `page`, and waits until Firefox has suspended that event
   * page: watched, not slept on, so a loaded machine that suspends it late only makes the wait longer. Nothing else
   * of Sidekey's may be in flight meanwhile. Fails with a clear message when the marked page is still running
   * `SUSPEND_GRACE_MS` after the idle timeout the session was launched with.
   */
  letEventPageSuspend: (page: Page) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * Firefox ESR over WebDriver BiDi in a throwaway profile, with a Sidekey build installed as a temporary add-on
 * under the fixed UUID. `--remote-allow-system-access` is what lets BiDi navigate a tab to a `moz-extension://`
 * page at all (Firefox refuses it otherwise). `idleTimeoutMs` sets `extensions.background.idle.timeout`: how long
 * the event page may sit idle before Firefox suspends it (30 s by default). Keep it above the longest request that
 * holds the event page's thread (Argon2id takes seconds on a loaded machine), which no ping can interrupt.
 */
export async function launchFirefox(options: { build?: string; idleTimeoutMs?: number } = {}): Promise<FirefoxSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sidekey-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocolTimeout: 30_000,
    userDataDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
      ...(options.idleTimeoutMs === undefined ? {} : { 'extensions.background.idle.timeout': options.idleTimeoutMs }),
    },
  });
  const errors: string[] = [];
  let pending = '';
  const collect = (chunk: Buffer | string) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (/^JavaScript error:/.test(line) && line.includes(FIREFOX_EXTENSION_UUID)) errors.push(line);
    }
  };
  browser.process()?.stderr?.on('data', collect);
  browser.process()?.stdout?.on('data', collect);
  try {
    const id = await browser.installExtension(options.build ?? FIREFOX_E2E_BUILD);
    if (id !== FIREFOX_ADDON_ID) throw new Error(`Firefox installed the add-on as ${id}`);
  } catch (error) {
    await browser.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    extensionErrors: () => [...errors],
    letEventPageSuspend: async (page) => {
      if (options.idleTimeoutMs === undefined) throw new Error('launchFirefox was given no idleTimeoutMs');
      await markEventPage(page);
      await page.close();
      await waitForEventPageSuspension(browser, options.idleTimeoutMs);
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens one of Sidekey's pages (popup.html, options.html) in a new tab. Firefox never reports the end of a
 * navigation to a `moz-extension://` page over BiDi, so this does not wait for `goto`: it waits until the tab
 * shows the page, fully loaded.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${FIREFOX_EXTENSION_URL}/${path}`;
  page.goto(url, { timeout: 10_000 }).catch(() => undefined);
  await pollUntil(
    async () =>
      (await page.evaluate(() => `${location.href} ${document.readyState}`)) === `${url} complete` ? true : undefined,
    `${url} to load`,
  );
  return page;
}

/**
 * The text of the first element matching `selector` once it contains `text`. A miss names what the page showed
 * instead (a refusal in an alert, say), so a failure under load says why, not only that it timed out.
 */
export async function waitForText(page: Page, selector: string, text: string): Promise<string> {
  try {
    return await pollUntil(
      () =>
        page.$$eval(
          selector,
          (elements, wanted) => elements.map((element) => element.textContent ?? '').find((t) => t.includes(wanted)),
          text,
        ),
      `"${text}" in ${selector}`,
    );
  } catch (error) {
    const shown = await page
      .$$eval(`${selector}, [role="alert"]`, (elements) => elements.map((element) => element.textContent ?? ''))
      .catch(() => ['(the page could not be read)']);
    throw new Error(`${(error as Error).message}; the page showed ${JSON.stringify(shown)}`, { cause: error });
  }
}

/** Waits until `selector` matches an element (polled with `$$eval`). */
export async function waitForElement(page: Page, selector: string): Promise<void> {
  await pollUntil(
    async () => ((await page.$$eval(selector, (elements) => elements.length)) > 0 ? true : undefined),
    selector,
  );
}

type BackgroundWindow = { sidekeyTestMarker?: number };
type FirefoxGlobal = {
  browser: {
    runtime: { getBackgroundPage: () => Promise<BackgroundWindow> };
    extension: { getBackgroundPage: () => BackgroundWindow | null };
  };
};

/**
 * How long after its idle timeout Firefox may take to suspend an event page before `letEventPageSuspend` gives up:
 * its idle timer fires late on a loaded machine, and tearing the page down takes a while more.
 */
const SUSPEND_GRACE_MS = 45_000;

/**
 * Waits until the event page marked by `markEventPage` is gone. It watches from an options page of its own (an open
 * extension tab does not keep the event page awake; the page's requests at load only restart the idle timer),
 * through `extension.getBackgroundPage()`, which — unlike `runtime.getBackgroundPage()` — answers the background
 * window of this process as it is, or null, and never wakes a suspended one.
 */
async function waitForEventPageSuspension(browser: Browser, idleTimeoutMs: number): Promise<void> {
  const watcher = await openExtensionPage(browser, 'options.html');
  try {
    await pollUntil(
      () =>
        watcher.evaluate(() =>
          (globalThis as unknown as FirefoxGlobal).browser.extension.getBackgroundPage()?.sidekeyTestMarker === 1
            ? undefined
            : true,
        ),
      `Firefox to suspend the idle event page (extensions.background.idle.timeout is ${idleTimeoutMs} ms): ` +
        'the marked event page is still running, so something kept it awake',
      idleTimeoutMs + SUSPEND_GRACE_MS,
    );
  } finally {
    await watcher.close();
  }
}

/** Marks the running event page (a property on its window), waking it if it was suspended. */
export async function markEventPage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const background = await (globalThis as unknown as FirefoxGlobal).browser.runtime.getBackgroundPage();
    background.sidekeyTestMarker = 1;
  });
}

/** Whether the event page running now is a fresh one: the mark set by `markEventPage` is gone. */
export async function eventPageIsFresh(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const background = await (globalThis as unknown as FirefoxGlobal).browser.runtime.getBackgroundPage();
    return background.sidekeyTestMarker === undefined;
  });
}
