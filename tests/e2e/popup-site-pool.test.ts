import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SITES } from '../../demo/demo-sites';
import { launchChromium, openPage, press, sendMessage, submitForm, waitForText } from './support/chromium';
import { type DemoSite, startDemoSite } from './support/demo-site';

/*
 * The popup on the demo site (issue 9): "Add this site's user pool to Sidekey" offered from what the Amplify app on
 * the page keeps in its own storage (site.discoverPool), added and bound to the demo origin; the popup reopening on
 * the tab, pool and username it was left on, and saying on the Sign in tab that the vault is locked; and a factor
 * picked at USER_AUTH's first-factor choice marked "(last used)" and focused at the next sign-in.
 *
 * The popup is opened as a tab behind the demo page, so the demo is the active tab it asks the browser for. A click
 * in a background tab hangs in puppeteer, so buttons are clicked (with `press`, once enabled) and fields typed
 * through the page's own DOM.
 */

const PASSPHRASE = 'e2e passphrase, not secret';

let site: DemoSite;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let demo: Page;
let popup: Page;
/** The pool added from the offer. */
let profileId: string;

/**
 * Waits up to a minute for `selector` in short rounds: `waitForSelector` polls on animation frames, which a
 * background tab does not run, and a page busy with Amplify's SRP on a loaded machine may let one look time out.
 */
async function present(page: Page, selector: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const found = await page.$(selector).catch((error: unknown) => {
      if (String(error).includes('timed out')) return null;
      throw error;
    });
    if (found) return;
    if (Date.now() > deadline) throw new Error(`present: no ${selector} within a minute`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Sets a field's value and tells Preact, as typing does (works in a background tab). */
async function typeInto(page: Page, selector: string, value: string): Promise<void> {
  await present(page, selector);
  await page.$eval(
    selector,
    (element, text) => {
      const field = element as HTMLInputElement | HTMLSelectElement;
      field.value = text;
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    },
    value,
  );
}

type StorageGlobal = { chrome: { storage: { session: { get: () => Promise<Record<string, unknown>> } } } };

/**
 * Waits until the popup's memory in storage.session holds `text`: the popup writes it after rendering, and a test
 * closes a popup faster than a person does.
 */
async function remembered(text: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const stored = await popup.evaluate(async () =>
      JSON.stringify(await (globalThis as unknown as StorageGlobal).chrome.storage.session.get()),
    );
    if (stored.includes(text)) return;
    if (Date.now() > deadline) throw new Error(`remembered: storage.session never held ${text}; it holds ${stored}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The popup opened afresh as a tab behind the demo page, which stays the active tab. */
async function reopenPopup(): Promise<Page> {
  await popup?.close();
  popup = await openPage(chromium.browser, 'popup.html');
  await demo.bringToFront();
  await popup.reload();
  await present(popup, '#tab-codes');
  return popup;
}

const selectedTab = (page: Page) => page.$eval('[role="tab"][aria-selected="true"]', (tab) => tab.id);
const value = (page: Page, selector: string) =>
  page.$eval(selector, (field) => (field as HTMLInputElement | HTMLSelectElement).value);

beforeAll(async () => {
  site = await startDemoSite();
  chromium = await launchChromium();
  demo = await chromium.browser.newPage();
  await demo.goto(site.url);
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await site?.stop();
});

describe('the popup offers to add the demo site’s user pool', () => {
  it('after a sign-in on the site’s own form, adds the pool the page names and shows its sign-in form', async () => {
    // alice signs in with the demo's Amplify Authenticator, so Amplify keeps her tokens in the page's storage.
    await present(demo, '[data-amplify-authenticator-signin] input[name=username]');
    await demo.type('[data-amplify-authenticator-signin] input[name=username]', 'alice');
    await demo.type('[data-amplify-authenticator-signin] input[name=password]', 'Alice-pass-1');
    await demo.click('[data-amplify-authenticator-signin] button[type=submit]');
    await present(demo, '.signed-in p');
    expect(await demo.$eval('.signed-in p', (line) => line.textContent)).toContain('Signed in as alice');

    await reopenPopup();
    expect(await sendMessage(popup, 'profiles.list')).toEqual({ ok: true, data: [] });
    const offer = await waitForText(popup, '.site-pool-offer', DEMO_SITES[0]!.userPoolId);
    expect(offer).toContain('Add this site’s user pool to Sidekey');
    expect(offer).toContain(DEMO_SITES[0]!.userPoolClientId);
    expect(offer).toContain(new URL(site.poolUrl).origin);
    // Named as the automation contract lists it (read from the DOM: the accessibility tree of a tab behind hangs).
    expect(await popup.$eval('button.add-site-pool', (button) => button.getAttribute('aria-label'))).toBe(
      'Sidekey: add user pool',
    );

    await press(popup, 'button.add-site-pool');
    await present(popup, 'form.sign-in');
    expect(await selectedTab(popup)).toBe('tab-accounts');
    expect(await popup.$('.site-pool-offer')).toBeNull();
    const listed = (await sendMessage(popup, 'profiles.list')) as {
      data: Array<{
        id: string;
        userPoolId: string;
        userPoolClientId: string;
        userPoolEndpoint?: string;
        origins: string[];
      }>;
    };
    expect(listed.data).toHaveLength(1);
    const [pool] = listed.data;
    expect(pool).toMatchObject({
      userPoolId: DEMO_SITES[0]!.userPoolId,
      userPoolClientId: DEMO_SITES[0]!.userPoolClientId,
      origins: [site.url],
    });
    expect(pool!.userPoolEndpoint).toContain(new URL(site.poolUrl).origin);
    profileId = pool!.id;
    expect(await value(popup, 'select[name="pool"]')).toBe(profileId);

    // Sidekey has the pool now: the popup opened again on the site offers nothing.
    await reopenPopup();
    await present(popup, 'form.sign-in');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await popup.$('.site-pool-offer')).toBeNull();
  });
});

describe('the popup reopens where it was left', () => {
  let otherId: string;

  beforeAll(async () => {
    expect(await sendMessage(popup, 'vault.setup', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    const other = await sendMessage(popup, 'profiles.add', {
      label: 'MFA required',
      userPoolId: DEMO_SITES[1]!.userPoolId,
      userPoolClientId: DEMO_SITES[1]!.userPoolClientId,
      userPoolEndpoint: site.poolUrl,
      origins: [site.url],
    });
    otherId = (other as { data: { id: string } }).data.id;
  });

  it('on the Sign in tab, the pool last chosen and the username typed for each pool', async () => {
    await reopenPopup();
    await present(popup, 'form.sign-in');
    await typeInto(popup, 'select[name="pool"]', otherId);
    await waitForText(popup, 'select[name="pool"] option:checked', 'MFA required');
    await present(popup, 'form.sign-in');
    await typeInto(popup, 'form.sign-in input[name="username"]', 'theo');
    await remembered('"theo"');

    await reopenPopup();
    await present(popup, 'form.sign-in');
    expect(await selectedTab(popup)).toBe('tab-accounts');
    expect(await value(popup, 'select[name="pool"]')).toBe(otherId);
    expect(await value(popup, 'form.sign-in input[name="username"]')).toBe('theo');
    // Each pool keeps its own username: the demo pool's field is empty, theo is kept for the other.
    await typeInto(popup, 'select[name="pool"]', profileId);
    await waitForText(popup, 'select[name="pool"] option:checked', 'localhost');
    await present(popup, 'form.sign-in');
    expect(await value(popup, 'form.sign-in input[name="username"]')).toBe('');
    await typeInto(popup, 'form.sign-in input[name="username"]', 'chris');
    await remembered('"chris"');

    await reopenPopup();
    await present(popup, 'form.sign-in');
    expect(await value(popup, 'select[name="pool"]')).toBe(profileId);
    expect(await value(popup, 'form.sign-in input[name="username"]')).toBe('chris');
  });

  it('says on the Sign in tab that the vault is locked, and its Unlock opens the Codes tab’s unlock form', async () => {
    expect(await sendMessage(popup, 'vault.lock')).toMatchObject({ ok: true });
    await reopenPopup();
    await present(popup, 'form.sign-in');
    expect(await selectedTab(popup)).toBe('tab-accounts');
    expect(await waitForText(popup, '.vault-locked-note', 'Sidekey is locked')).toContain('saved sign-ins');
    await press(popup, 'button.vault-locked-unlock');
    await present(popup, 'form.unlock input[name="passphrase"]');
    expect(await selectedTab(popup)).toBe('tab-codes');
    await typeInto(popup, 'form.unlock input[name="passphrase"]', PASSPHRASE);
    await submitForm(popup, 'form.unlock');
    await present(popup, 'button.lock');
    await press(popup, '#tab-accounts');
    await present(popup, 'form.sign-in');
    expect(await popup.$('.vault-locked-note')).toBeNull();
    await remembered('"tab":"accounts"');
  });
});

describe('the factor picked last at a first-factor choice', () => {
  /** Signs chris in on the demo pool with USER_AUTH, up to its first-factor choice. */
  async function toFactorChoice(): Promise<void> {
    await typeInto(popup, 'form.sign-in select[name="flow"]', 'choose');
    await typeInto(popup, 'form.sign-in input[name="username"]', 'chris');
    await remembered('"chris"');
    await submitForm(popup, 'form.sign-in');
    await present(popup, '.choices button[data-choice="PASSWORD_SRP"]');
  }

  it('is marked (last used) and focused at the next sign-in', async () => {
    await reopenPopup();
    await present(popup, 'form.sign-in');
    expect(await value(popup, 'select[name="pool"]')).toBe(profileId);
    await toFactorChoice();
    expect(await popup.$('.choices .preferred')).toBeNull();
    await press(popup, '.choices button[data-choice="PASSWORD_SRP"]');
    await typeInto(popup, '.step input[name="answer"]', 'Chris-pass-1');
    await submitForm(popup, '.step form');
    expect(await waitForText(popup, '.session .username', 'chris')).toBe('chris');
    await press(popup, '.sign-out');
    await present(popup, 'form.sign-in');

    await reopenPopup();
    await toFactorChoice();
    // The last-used choice is focused once the choices are enabled (while the request is busy none can take focus).
    await present(popup, '.choices button.preferred:not(:disabled)');
    const preferred = await popup.$('.choices button.preferred');
    expect(await preferred!.evaluate((button) => button.getAttribute('data-choice'))).toBe('PASSWORD_SRP');
    expect(await preferred!.evaluate((button) => button.textContent)).toContain('(last used)');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-choice'))).toBe('PASSWORD_SRP');
    expect(await popup.$$eval('.choices .last-used', (marks) => marks.length)).toBe(1);
  });
});
