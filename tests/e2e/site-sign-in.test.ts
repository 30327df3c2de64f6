import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SITES } from '../../demo/demo-sites';
import { addDemoPool } from './support/add-demo-pool';
import { appears } from './support/appears';
import { launchChromium, openPage, press, sendMessage } from './support/chromium';
import { type DemoSite, startDemoSite } from './support/demo-site';

/*
 * "Sign in on this site" (issue 9 item 3): alice signs in to the demo pool in Sidekey's popup, then the popup's
 * "Sign in on this site" hands her session to the real Amplify UI demo in the active tab, which reloads signed in —
 * its own sign-in form never touched — while Sidekey lets go of the session. Set up through the documented
 * messages (docs/messages.md); the popup is a tab of the same window behind the demo tab, so that the demo is the
 * active tab it asks the browser for, as when a person opens the popup over the site.
 */

const DEMO = DEMO_SITES[0]!;
type TabsGlobal = { chrome: { tabs: { query: (query: { url: string }) => Promise<Array<{ id?: number }>> } } };
let site: DemoSite;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let popup: Page;
let profileId: string;

/** Polls `check` every half second for up to a minute (a loaded machine runs the demo's Amplify slowly). */
async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error('Timed out waiting.');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const text = (page: Page, selector: string) =>
  page.evaluate((query) => document.querySelector(query)?.textContent ?? '', selector);

beforeAll(async () => {
  site = await startDemoSite();
  chromium = await launchChromium();
  popup = await openPage(chromium.browser, 'options.html');
  profileId = await addDemoPool(popup, site);
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await site?.stop();
});

describe('Sign in on this site', () => {
  it('hands alice’s session to the demo site, which reloads signed in without its form being touched', async () => {
    expect(
      await sendMessage(popup, 'auth.signIn', { profileId, username: 'alice', password: 'Alice-pass-1' }),
    ).toMatchObject({ ok: true, data: { isSignedIn: true } });

    const demo = await chromium.browser.newPage();
    await demo.goto(site.url);
    await appears(demo, '[data-amplify-authenticator-signin] input[name=username]');
    await demo.bringToFront();
    // The popup, reopened behind the demo tab, sees the demo as the active tab of its window.
    await popup.goto(popup.url().replace('options.html', 'popup.html'));
    await popup.waitForSelector('#tab-accounts');
    await press(popup, '#tab-accounts');
    await until(async () => (await popup.$('.sign-in-site')) !== null);
    expect(await text(popup, '.site-sign-in')).toContain(new URL(site.url).host);
    await press(popup, '.sign-in-site');

    await until(async () => (await text(demo, '.signed-in p')).includes('Signed in as alice'));
    await until(async () => (await text(popup, '[role="status"]')).includes('Sidekey let go of that session'));
    expect(await sendMessage(popup, 'auth.session', { profileId })).toEqual({ ok: true, data: { signedIn: false } });
    const stored = await demo.evaluate(() => Object.keys(localStorage).filter((key) => key.endsWith('.LastAuthUser')));
    expect(stored).toEqual([`CognitoIdentityServiceProvider.${DEMO.userPoolClientId}.LastAuthUser`]);
    await demo.close();
  });

  it('refuses a tab that is not one of the pool’s sites and keeps the session', async () => {
    expect(
      await sendMessage(popup, 'auth.signIn', { profileId, username: 'alice', password: 'Alice-pass-1' }),
    ).toMatchObject({ ok: true, data: { isSignedIn: true } });
    const other = await chromium.browser.newPage();
    await other.goto(site.url.replace('localhost', '127.0.0.1'));
    const tabId = await popup.evaluate(
      async (url) => {
        const { chrome } = globalThis as unknown as TabsGlobal;
        const [tab] = await chrome.tabs.query({ url: `${url}/*` });
        return tab?.id;
      },
      site.url.replace('localhost', '127.0.0.1'),
    );
    expect(await sendMessage(popup, 'auth.signInSite', { profileId, tabId })).toMatchObject({
      ok: false,
      code: 'SiteNotBound',
    });
    expect(await sendMessage(popup, 'auth.session', { profileId })).toMatchObject({
      ok: true,
      data: { signedIn: true, username: 'alice' },
    });
    await other.close();
  });
});
