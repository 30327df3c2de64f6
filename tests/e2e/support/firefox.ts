import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

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
   * Waits out the idle timeout the session was launched with, and a margin, so Firefox has suspended the event
   * page — nothing of Sidekey's may be open or in flight meanwhile.
   */
  letEventPageSuspend: () => Promise<void>;
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
    letEventPageSuspend: async () => {
      if (options.idleTimeoutMs === undefined) throw new Error('launchFirefox was given no idleTimeoutMs');
      await new Promise((done) => setTimeout(done, options.idleTimeoutMs! + 3_000));
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Polls `check` (a few `$$eval` round trips, never code run by the page: the extension CSP forbids that). */
export async function pollUntil<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
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

/** The text of the first element matching `selector` once it contains `text`. */
export async function waitForText(page: Page, selector: string, text: string): Promise<string> {
  return pollUntil(
    () =>
      page.$$eval(
        selector,
        (elements, wanted) => elements.map((element) => element.textContent ?? '').find((t) => t.includes(wanted)),
        text,
      ),
    `"${text}" in ${selector}`,
  );
}

/** Waits until `selector` matches an element (polled with `$$eval`). */
export async function waitForElement(page: Page, selector: string): Promise<void> {
  await pollUntil(
    async () => ((await page.$$eval(selector, (elements) => elements.length)) > 0 ? true : undefined),
    selector,
  );
}

type BackgroundWindow = { sidekeyTestMarker?: number };
type FirefoxGlobal = { browser: { runtime: { getBackgroundPage: () => Promise<BackgroundWindow> } } };

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
