import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_URL,
  fill,
  launchChromium,
  openPage,
  stopServiceWorker,
  submitForm,
  waitForText,
} from './support/chromium';
import { expectShownCode } from './support/expect-shown-code';
import { setUpVaultInPopup } from './support/set-up-vault-in-popup';

const PASSPHRASE = 'correct horse battery staple';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const URI = `otpauth://totp/Example%20Corp:alice%40example.com?secret=${SECRET}&issuer=Example%20Corp&digits=6&period=30`;

let session: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

beforeAll(async () => {
  session = await launchChromium();
  browser = session.browser;
});
afterAll(async () => {
  await session?.close();
});

describe('the vault in Chromium', () => {
  it('sets up a passphrase from the popup on first run', async () => {
    const popup = await openPage(browser, 'popup.html');
    await popup.waitForSelector('form.setup');
    expect(await popup.$eval('form.setup', (form) => form.textContent)).toContain('There is no recovery');
    await setUpVaultInPopup(popup, PASSPHRASE);
    await waitForText(popup, '.empty-state', 'No codes yet');
    expect(await popup.$eval('.empty-state a', (link) => link.getAttribute('href'))).toBe(
      `${EXTENSION_URL}/options.html`,
    );
    await popup.close();
  });

  it('adds an entry by otpauth link in the options page and shows its right code in the popup', async () => {
    const options = await openPage(browser, 'options.html');
    await options.waitForSelector('form.add-entry');
    await fill(options, 'input[name="uri"]', URI);
    await submitForm(options, 'form.add-entry');
    await waitForText(options, '.add-entry [role="status"]', 'Added Example Corp');
    await waitForText(options, '#entries-title', '(1)');
    await options.close();

    const popup = await openPage(browser, 'popup.html');
    await popup.waitForSelector('.code');
    expect(await popup.$eval('.issuer', (element) => element.textContent)).toContain('Example Corp');
    await expectShownCode(popup, SECRET);
    await popup.close();
  });

  it('locks, refuses a wrong passphrase with a clear message, and unlocks with the right one', async () => {
    const popup = await openPage(browser, 'popup.html');
    await popup.waitForSelector('button.lock');
    await popup.click('button.lock');
    await popup.waitForSelector('form.unlock');

    await fill(popup, 'input[name="passphrase"]', 'not the passphrase');
    await submitForm(popup, 'form.unlock');
    expect(await waitForText(popup, 'form.unlock [role="alert"]', 'not right')).toBe(
      'That passphrase is not right. Check it and try again.',
    );

    await fill(popup, 'input[name="passphrase"]', PASSPHRASE);
    await submitForm(popup, 'form.unlock');
    await popup.waitForSelector('.code');
    await expectShownCode(popup, SECRET);
    await popup.close();
  });

  it('keeps every entry, unlocked, after the service worker is stopped', async () => {
    const target = await browser.waitForTarget(
      (candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith(EXTENSION_URL),
    );
    await stopServiceWorker(browser, target);

    const popup = await openPage(browser, 'popup.html');
    await popup.waitForSelector('.code, form.unlock');
    expect(await popup.$('form.unlock')).toBeNull();
    expect(await popup.$$eval('.row', (rows) => rows.length)).toBe(1);
    await expectShownCode(popup, SECRET);
    await popup.close();
  });

  it('copies a code on click and says so in the live region', async () => {
    await browser.defaultBrowserContext().overridePermissions(EXTENSION_URL, ['clipboard-read', 'clipboard-write']);
    const popup = await openPage(browser, 'popup.html');
    await popup.bringToFront();
    await popup.waitForSelector('button.copy');
    await popup.click('button.copy');
    expect(await waitForText(popup, '[role="status"]', 'Copied')).toBe('Copied the code for Example Corp.');
    const clipboard = await popup.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(await popup.$eval('.code', (element) => element.getAttribute('data-code')));
    await popup.close();
  });
});
