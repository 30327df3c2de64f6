import { AxePuppeteer } from '@axe-core/puppeteer';
import { TOTP } from 'otpauth';
import type { ElementHandle, JSHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SITES } from '../../demo/demo-sites';
import { EXTENSION_URL, launchChromium, openPage, sendMessage, waitForText } from './support/chromium';
import { type DemoSite, startDemoSite } from './support/demo-site';
import { pollUntil } from './support/poll-until';

/*
 * axe-core in Chromium over the e2e build (docs/accessibility.md): the popup in its main states, the settings page
 * and the inline control on the demo site's sign-in page, each with zero violations of WCAG 2.2 A/AA (target size
 * included) and axe's best practices (plus label-in-name, which axe ships as experimental). Then the keyboard: the
 * inline control and the popup's unlock and copy are done with keys alone.
 *
 * The inline control lives in a closed shadow root, which axe cannot enter. The test reaches the control's button
 * through the accessibility tree (as outside tests do), takes its root with getRootNode() over the DevTools protocol,
 * and copies the root's style sheet and nodes into an open shadow root at the same place on the same page, which axe
 * then checks. The production build is what runs; nothing in it is opened for the test.
 */

const PASSPHRASE = 'e2e passphrase, not secret';
const TOM_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let site: DemoSite;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let settings: Page;
const checked: string[] = [];

beforeAll(async () => {
  site = await startDemoSite();
  chromium = await launchChromium();
  settings = await openPage(chromium.browser, 'options.html');
});

afterAll(async () => {
  console.log(`axe checked ${checked.length} states with zero violations:\n  ${checked.join('\n  ')}`);
  await chromium?.close();
  await site?.stop();
});

async function ok(type: string, input?: unknown): Promise<Record<string, unknown>> {
  const reply = await sendMessage(settings, type, input);
  expect(reply, type).toMatchObject({ ok: true });
  return reply;
}

/** Runs axe on the page (or only under `include`) and expects no violation; records the state's name. */
async function audit(page: Page, state: string, include?: string): Promise<void> {
  let builder = new AxePuppeteer(page).setLegacyMode(true).options({
    runOnly: { type: 'tag', values: TAGS },
    rules: { 'label-content-name-mismatch': { enabled: true }, 'target-size': { enabled: true } },
  });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const found = results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
  }));
  expect(found, state).toEqual([]);
  expect(results.passes.length, `${state}: axe ran rules that passed`).toBeGreaterThan(0);
  checked.push(state);
}

/**
 * `selector` on `page` once it matches, within 60 s. Asked in short round trips (support/poll-until.ts): puppeteer's
 * `waitForSelector` holds one protocol call open for the whole wait, which on a loaded machine ran past the
 * protocol timeout (15 s) while the inline control was still on its way.
 */
async function shown(page: Page, selector: string): Promise<ElementHandle<Element>> {
  return pollUntil(async () => (await page.$(selector)) ?? undefined, selector, 60_000);
}

/** Waits until `selector` matches nothing on `page`, asked as {@link shown} asks. */
async function gone(page: Page, selector: string): Promise<void> {
  await pollUntil(async () => ((await page.$(selector)) === null ? true : undefined), `${selector} to go`, 60_000);
}

async function openPopup(): Promise<Page> {
  const popup = await openPage(chromium.browser, 'popup.html');
  await popup.bringToFront();
  return popup;
}

async function tomCodeNow(): Promise<string> {
  return new TOTP({ secret: TOM_SECRET, digits: 6, period: 30 }).generate({ timestamp: site.pool.clock.now() });
}

/** The inline control's closed shadow root, from its button found by accessible name. */
async function controlRoot(page: Page, name: string): Promise<JSHandle<ShadowRoot>> {
  const button = await shown(page, `::-p-aria(${name})`);
  return button.evaluateHandle((element) => element.getRootNode() as ShadowRoot);
}

/** Copies the control's closed root into an open one on the same page, where axe can reach it. */
async function auditControl(page: Page, root: JSHandle<ShadowRoot>, state: string): Promise<void> {
  await root.evaluate((closed) => {
    document.querySelector('sidekey-axe-copy')?.remove();
    const copy = document.createElement('sidekey-axe-copy');
    copy.setAttribute('style', closed.host.getAttribute('style') ?? '');
    const open = copy.attachShadow({ mode: 'open' });
    for (const node of closed.childNodes) open.append(node.cloneNode(true));
    document.documentElement.append(copy);
    copy.setAttribute('popover', 'manual');
    copy.showPopover();
  });
  await audit(page, state, 'sidekey-axe-copy');
  await page.evaluate(() => document.querySelector('sidekey-axe-copy')?.remove());
}

/** Presses Tab until the inline control's host has the focus, at most `limit` times. */
async function tabToControl(page: Page, limit = 40): Promise<void> {
  for (let pressed = 0; pressed < limit; pressed++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.tagName === 'SIDEKEY-INLINE')) return;
  }
  throw new Error(`the inline control was not reached in ${limit} presses of Tab`);
}

const focusedName = (root: JSHandle<ShadowRoot>) =>
  root.evaluate((shadow) => shadow.activeElement?.getAttribute('aria-label') ?? null);

describe('accessibility checked by axe in Chromium', () => {
  it('the popup’s first-run vault setup', async () => {
    const popup = await openPopup();
    await shown(popup, 'form.setup');
    await audit(popup, 'popup: first-run vault setup');
    await popup.close();
  });

  it('the popup’s codes, none and then three', async () => {
    await ok('vault.setup', { passphrase: PASSPHRASE });
    let popup = await openPopup();
    await shown(popup, '.empty-state');
    await audit(popup, 'popup: codes, none yet');
    await popup.close();

    await ok('vault.addEntry', {
      fields: { kind: 'totp', secret: TOM_SECRET, issuer: 'Sidekey demo', account: 'tom' },
      origins: [site.url],
    });
    await ok('vault.addEntry', {
      fields: {
        kind: 'hotp',
        secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
        issuer: 'Counter Co',
        account: 'ann',
        counter: 0,
      },
    });
    await ok('vault.addEntry', { fields: { kind: 'totp', secret: 'MFRGGZDFMZTWQ2LK', account: 'no issuer' } });
    popup = await openPopup();
    await shown(popup, '.code[data-code]');
    await audit(popup, 'popup: codes list with TOTP and HOTP entries');
    await popup.close();
  });

  it('the settings page, and the popup and the settings page locked', async () => {
    await settings.reload();
    await shown(settings, 'form.add-entry');
    await audit(settings, 'options: every section (add, entries, import, export, security, user pools)');

    await ok('vault.lock');
    const popup = await openPopup();
    await shown(popup, 'form.unlock');
    await audit(popup, 'popup: locked');
    await popup.close();
    await settings.reload();
    await shown(settings, 'form.unlock');
    await audit(settings, 'options: locked');
    await ok('vault.unlock', { passphrase: PASSPHRASE });
  });

  it('the popup’s sign-in form, a TOTP code step and the signed-in session card', async () => {
    const demo = DEMO_SITES[0]!;
    await ok('profiles.add', {
      label: 'Demo',
      userPoolId: demo.userPoolId,
      userPoolClientId: demo.userPoolClientId,
      userPoolEndpoint: site.poolUrl,
      origins: [site.url],
    });
    await settings.reload();
    await shown(settings, '.pool-label');
    await audit(settings, 'options: every section with a user pool');

    const popup = await openPopup();
    await shown(popup, '#tab-accounts');
    await popup.$eval('#tab-accounts', (tab) => (tab as HTMLElement).click());
    await shown(popup, 'form.sign-in');
    await audit(popup, 'popup: accounts tab, sign-in form');
    await popup.$eval('form.sign-in details.advanced', (details) => {
      (details as HTMLDetailsElement).open = true;
    });
    await audit(popup, 'popup: accounts tab, sign-in form with Advanced open');

    await popup.type('form.sign-in input[name="username"]', 'tom');
    await popup.type('form.sign-in input[name="password"]', 'Tom-pass-1');
    await popup.$eval('form.sign-in', (form) => (form as HTMLFormElement).requestSubmit());
    await shown(popup, 'form.code-form');
    await audit(popup, 'popup: sign-in step, TOTP code');

    await popup.type('form.code-form input[name="code"]', await tomCodeNow());
    await popup.$eval('form.code-form', (form) => (form as HTMLFormElement).requestSubmit());
    await waitForText(popup, '.session .username', 'tom');
    await audit(popup, 'popup: signed-in session card');

    await popup.$eval('details.account-settings', (details) => {
      (details as HTMLDetailsElement).open = true;
    });
    await shown(popup, '.mfa-factors');
    await gone(popup, '.account-settings .loading');
    await audit(popup, 'popup: account settings (two-step verification, devices, password)');
    await popup.$eval('.sign-out-everywhere', (button) => (button as HTMLElement).click());
    await shown(popup, '.confirm[role="alertdialog"]');
    await audit(popup, 'popup: asking before signing out everywhere');
    // The popup reopens on the tab it was left on; the next tests start from the codes.
    await popup.$eval('#tab-codes', (tab) => (tab as HTMLElement).click());
    await shown(popup, '#tab-codes[aria-selected="true"]');
    await popup.close();
  });

  it('the inline control on the demo site’s sign-in page, closed and open', async () => {
    await ok('vault.addLogin', { username: 'alice', password: 'Alice-pass-1', origins: [site.url] });
    const page = await chromium.browser.newPage();
    await page.goto(site.url);
    const root = await controlRoot(page, 'Sidekey: fill sign-in');
    await auditControl(page, root, 'inline control: sign-in, closed');
    await (await shown(page, '::-p-aria(Sidekey: fill sign-in)')).click();
    await shown(page, '::-p-aria(Sidekey: fill and sign in as alice)');
    await auditControl(page, root, 'inline control: sign-in, list open');
    await page.close();

    await ok('vault.lock');
    const locked = await chromium.browser.newPage();
    await locked.goto(site.url);
    const lockedRoot = await controlRoot(locked, 'Sidekey: fill sign-in');
    await (await shown(locked, '::-p-aria(Sidekey: fill sign-in)')).click();
    await shown(locked, '::-p-aria(Sidekey: try again)');
    await auditControl(locked, lockedRoot, 'inline control: sign-in while the vault is locked (note and Try again)');
    await locked.close();
    await ok('vault.unlock', { passphrase: PASSPHRASE });
  });
});

describe('the keyboard alone', () => {
  it('reaches the inline control with Tab, opens it with Enter, closes it with Escape and signs in', async () => {
    const page = await chromium.browser.newPage();
    await page.bringToFront();
    await page.goto(site.url);
    let root = await controlRoot(page, 'Sidekey: fill sign-in');
    await tabToControl(page);
    expect(await focusedName(root)).toBe('Sidekey: fill sign-in');
    await page.keyboard.press('Enter');
    await shown(page, '::-p-aria(Sidekey: sign in as alice)');
    expect(await focusedName(root)).toBe('Sidekey: sign in as alice');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(root)).toBe('Sidekey: fill and sign in as alice');
    await page.keyboard.press('Escape');
    await pollUntil(
      async () => ((await root.evaluate((shadow) => !shadow.querySelector('[role="menu"]'))) ? true : undefined),
      'the inline control’s menu to close',
    );
    expect(await focusedName(root)).toBe('Sidekey: fill sign-in');
    await page.keyboard.press('Escape');
    await gone(page, 'sidekey-inline');

    await page.reload();
    root = await controlRoot(page, 'Sidekey: fill sign-in');
    await tabToControl(page);
    await page.keyboard.press('Enter');
    await shown(page, '::-p-aria(Sidekey: fill and sign in as alice)');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(root)).toBe('Sidekey: fill and sign in as alice');
    await page.keyboard.press('Enter');
    expect(await waitForText(page, '.signed-in p', 'Signed in as')).toContain('Signed in as alice');
    await page.close();
  });

  it('unlocks the popup and copies a code without a mouse', async () => {
    await chromium.browser
      .defaultBrowserContext()
      .overridePermissions(EXTENSION_URL, ['clipboard-read', 'clipboard-write']);
    await ok('vault.lock');
    const popup = await openPopup();
    await shown(popup, 'form.unlock input[name="passphrase"]');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('passphrase');
    await popup.keyboard.type(PASSPHRASE);
    await popup.keyboard.press('Enter');
    await shown(popup, 'button.copy');
    let focused = '';
    for (let pressed = 0; pressed < 20 && !focused.includes('copy'); pressed++) {
      await popup.keyboard.press('Tab');
      focused = await popup.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toContain('copy');
    const code = await popup.evaluate(
      () => document.activeElement?.querySelector('.code')?.getAttribute('data-code') ?? '',
    );
    await popup.keyboard.press('Enter');
    expect(await waitForText(popup, '[role="status"]', 'Copied')).toMatch(/^Copied/);
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await popup.close();
  });
});
