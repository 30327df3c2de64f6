import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_URL, launchChromium, openPage, press, sendMessage } from './support/chromium';
import { serveFixtureSite } from './support/fixture-site';
import { pollUntil } from './support/poll-until';
import { setUpVaultWithSignIn } from './support/set-up-vault-with-sign-in';

/*
 * The popup's "Fill on this page" (issue 8, `site.fillPage`, docs/messages.md §7) in Chromium. What path this
 * exercises, honestly: a person's click on the toolbar action grants `activeTab`, which puppeteer cannot do; the e2e
 * build instead holds host access to loopback up front (its manifest's host_permissions), and the worker would then
 * also register the detector for every bound loopback origin. So the test removes the registered detector before
 * each page loads — the page then gets a filler only through `site.fillPage`, as a page without standing host access
 * does — and the injection itself runs under the loopback host permission rather than activeTab.
 *
 * The popup is opened as a tab behind the page, so the page is the active tab it asks the browser for.
 */

const PASSWORD = 'Fill-page-pass-1-never-in-page';
const PLAIN_HTTP_HOST = 'fill-page.test';

let chromium: Awaited<ReturnType<typeof launchChromium>>;
let site: Awaited<ReturnType<typeof serveFixtureSite>>;
let frameSite: Awaited<ReturnType<typeof serveFixtureSite>>;
let settings: Page;
/** Servers a test started; closed after the browser, whose open connections would keep them waiting. */
const servers: Array<{ close: () => Promise<unknown> }> = [];

type TabsGlobal = {
  chrome: {
    tabs: { query: (query: { active: boolean; lastFocusedWindow: boolean }) => Promise<Array<{ id?: number }>> };
  };
};

const fieldValue = (page: Page, selector: string) => page.$eval(selector, (input) => (input as HTMLInputElement).value);

/** Waits until `check` answers true (the shared poll: short round trips, a throw counts as not yet). */
const until = (check: () => Promise<boolean>) =>
  pollUntil(async () => ((await check()) ? true : undefined), 'the page to change');

/** Unregisters every content script the worker registered, so no detector reaches the next page on its own. */
async function removeDetectors(browser: Browser): Promise<void> {
  const target = await browser.waitForTarget(
    (candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith(EXTENSION_URL),
  );
  const worker = await target.worker();
  await worker!.evaluate(async () => {
    type Scripting = { unregisterContentScripts: () => Promise<void> };
    await (globalThis as unknown as { chrome: { scripting: Scripting } }).chrome.scripting.unregisterContentScripts();
  });
}

/** Opens `url` in a new tab, brings it to the front and answers it with its tab id (read by the popup). */
async function openSite(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await chromium.browser.newPage();
  await page.goto(url);
  await page.bringToFront();
  // The active tab of the window: a plain-http page outside the build's host access hides its URL from the query.
  const tabs = await settings.evaluate(() =>
    (globalThis as unknown as TabsGlobal).chrome.tabs.query({ active: true, lastFocusedWindow: true }),
  );
  return { page, tabId: tabs[0]!.id! };
}

/** The popup, opened as a tab behind the active page; it closes itself after a successful Fill on this page. */
async function popupBehind(page: Page): Promise<Page> {
  const popup = await openPage(chromium.browser, 'popup.html');
  await page.bringToFront();
  await popup.reload();
  return popup;
}

beforeAll(async () => {
  site = await serveFixtureSite();
  frameSite = await serveFixtureSite();
  chromium = await launchChromium({ args: [`--host-resolver-rules=MAP ${PLAIN_HTTP_HOST} 127.0.0.1`] });
  settings = await openPage(chromium.browser, 'options.html');
  await setUpVaultWithSignIn(settings, { username: 'jo', password: PASSWORD, origin: site.origin });
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await site?.close();
  await frameSite?.close();
  for (const server of servers) await server.close();
});

describe('Fill on this page', () => {
  it('puts the filler into a page that had none, and fills the saved sign-in only once the person picks it', async () => {
    await removeDetectors(chromium.browser);
    const { page } = await openSite(`${site.origin}/amplify-sign-in.html`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await page.$('::-p-aria(Sidekey: fill sign-in)')).toBeNull();

    const popup = await popupBehind(page);
    await popup.waitForSelector('.fill-page');
    const closed = new Promise<void>((resolve) => popup.once('close', () => resolve()));
    await press(popup, '.fill-page');
    await closed;

    const control = await page.waitForSelector('::-p-aria(Sidekey: fill sign-in)', { timeout: 15_000 });
    // Nothing is filled before the person chooses.
    expect(await fieldValue(page, 'input[name=username]')).toBe('');
    expect(await fieldValue(page, 'input[name=password]')).toBe('');
    await control!.click();
    const choice = await page.waitForSelector('::-p-aria(Sidekey: sign in as jo)', { timeout: 5_000 });
    expect(await fieldValue(page, 'input[name=password]')).toBe('');
    await choice!.click();
    await until(async () => (await fieldValue(page, 'input[name=password]')) !== '');
    expect(await fieldValue(page, 'input[name=username]')).toBe('jo');
    expect(await fieldValue(page, 'input[name=password]')).toBe(PASSWORD);
    await page.close();
  });

  it('refuses a plain-http page that is not localhost with a typed reply, and the popup offers no row for it', async () => {
    await removeDetectors(chromium.browser);
    const url = `http://${PLAIN_HTTP_HOST}:${site.port}/amplify-sign-in.html`;
    const { page, tabId } = await openSite(url);
    expect(await sendMessage(settings, 'site.fillPage', { tabId })).toMatchObject({ ok: false, code: 'SiteNotUsable' });
    const popup = await popupBehind(page);
    await popup.waitForSelector('#tab-codes, #tab-accounts');
    expect(await popup.$('.fill-page')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await page.$('::-p-aria(Sidekey: fill sign-in)')).toBeNull();
    expect(await fieldValue(page, 'input[name=password]')).toBe('');
    await popup.close();
    await page.close();
  });

  it('refuses a page whose origin nothing is bound to, filling nothing there', async () => {
    await removeDetectors(chromium.browser);
    const { page, tabId } = await openSite(`${frameSite.origin}/amplify-sign-in.html`);
    expect(await sendMessage(settings, 'site.fillPage', { tabId })).toMatchObject({ ok: false, code: 'SiteNotBound' });
    const popup = await popupBehind(page);
    await popup.waitForSelector('.fill-page');
    await press(popup, '.fill-page');
    await until(async () =>
      ((await popup.$eval('body', (body) => body.textContent)) ?? '').includes('Nothing in Sidekey'),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await page.$('::-p-aria(Sidekey: fill sign-in)')).toBeNull();
    expect(await fieldValue(page, 'input[name=password]')).toBe('');
    await popup.close();
    await page.close();
  });

  it('never fills a cross-origin frame inside a bound page: the frame’s fields stay empty', async () => {
    await removeDetectors(chromium.browser);
    const framed = await serveFixtureSite({
      'framed.html': `<!doctype html><title>framed</title><iframe src="${frameSite.origin}/amplify-sign-in.html" width="600" height="600"></iframe>`,
    });
    // The top page's origin is bound too (a second saved sign-in); the framed one, another port, is not.
    const bound = await sendMessage(settings, 'vault.addLogin', {
      username: 'jo',
      password: PASSWORD,
      origins: [framed.origin],
    });
    expect(bound).toMatchObject({ ok: true });
    await removeDetectors(chromium.browser);
    const { page, tabId } = await openSite(`${framed.origin}/framed.html`);
    const frame = await until(async () => page.frames().length > 1).then(() => page.frames()[1]!);
    await frame.waitForSelector('input[name=password]');
    expect(await sendMessage(settings, 'site.fillPage', { tabId })).toMatchObject({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The top page has no sign-in form, so its filler offers nothing; the frame got none.
    const sidekeyControls = await frame.evaluate(
      () => [...document.querySelectorAll('[aria-label^="Sidekey"]')].length,
    );
    expect(sidekeyControls).toBe(0);
    expect(await frame.$eval('input[name=password]', (input) => (input as HTMLInputElement).value)).toBe('');
    await page.close();
    servers.push(framed);
  });

  it('fills nothing, not even the username, when something else on the page covers a field', async () => {
    // The sign-in fixture with a box laid over its username field once it has loaded.
    const cover = `<script>addEventListener('load', () => {
      const box = document.querySelector('input[name=username]').getBoundingClientRect();
      const lid = document.createElement('div');
      lid.style.cssText = 'position:absolute;background:#fff;z-index:1000;left:' + (box.left + scrollX) + 'px;top:' +
        (box.top + scrollY) + 'px;width:' + box.width + 'px;height:' + box.height + 'px';
      document.body.append(lid);
    });</script>`;
    const covered = readFileSync(resolve('tests/fixtures/pages/amplify-sign-in.html'), 'utf8').replace(
      '</body>',
      `${cover}</body>`,
    );
    const coveredSite = await serveFixtureSite({ 'covered.html': covered });
    servers.push(coveredSite);
    const bound = await sendMessage(settings, 'vault.addLogin', {
      username: 'jo',
      password: PASSWORD,
      origins: [coveredSite.origin],
    });
    expect(bound).toMatchObject({ ok: true });
    await removeDetectors(chromium.browser);
    const { page, tabId } = await openSite(`${coveredSite.origin}/covered.html`);
    expect(await sendMessage(settings, 'site.fillPage', { tabId })).toMatchObject({ ok: true });
    const control = await page.waitForSelector('::-p-aria(Sidekey: fill sign-in)', { timeout: 15_000 });
    await control!.click();
    const choice = await page.waitForSelector('::-p-aria(Sidekey: sign in as jo)', { timeout: 5_000 });
    await choice!.click();
    // The filler checks the fields before it asks the worker for the sign-in (core/page/sign-in-control.ts), so a
    // covered field means no request and no write; the control's refusal sentence is not read here.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await fieldValue(page, 'input[name=username]')).toBe('');
    expect(await fieldValue(page, 'input[name=password]')).toBe('');
    await page.close();
  });
});
