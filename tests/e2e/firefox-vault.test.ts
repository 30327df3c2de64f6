import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fill, submitForm } from './support/chromium';
import { expectShownCode } from './support/expect-shown-code';
import {
  eventPageIsFresh,
  FIREFOX_AVAILABLE,
  FIREFOX_EXTENSION_URL,
  type FirefoxSession,
  launchFirefox,
  openExtensionPage,
  waitForElement,
  waitForText,
} from './support/firefox';
import { setUpVaultInPopup } from './support/set-up-vault-in-popup';

const PASSPHRASE = 'correct horse battery staple';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const URI = `otpauth://totp/Example%20Corp:alice%40example.com?secret=${SECRET}&issuer=Example%20Corp&digits=6&period=30`;
/**
 * Firefox suspends an idle event page after this long (30 s by default): short, so the test sees it happen, and
 * longer than the Argon2id of a vault setup or unlock on a loaded machine (tests/e2e/support/firefox.ts).
 */
const IDLE_TIMEOUT_MS = 6_000;

let firefox: FirefoxSession;

beforeAll(async () => {
  if (FIREFOX_AVAILABLE) firefox = await launchFirefox({ idleTimeoutMs: IDLE_TIMEOUT_MS });
});
afterAll(async () => {
  await firefox?.close();
});
afterEach(() => {
  expect(firefox.extensionErrors()).toEqual([]);
});

describe.skipIf(!FIREFOX_AVAILABLE)('the vault in Firefox ESR', () => {
  it('sets up a passphrase from the popup on first run', async () => {
    const popup = await openExtensionPage(firefox.browser, 'popup.html');
    await waitForElement(popup, 'form.setup');
    expect(await popup.$eval('form.setup', (form) => form.textContent)).toContain('There is no recovery');
    await setUpVaultInPopup(popup, PASSPHRASE);
    await waitForText(popup, '.empty-state', 'No codes yet');
    expect(await popup.$eval('.empty-state a', (link) => link.getAttribute('href'))).toBe(
      `${FIREFOX_EXTENSION_URL}/options.html`,
    );
    await popup.close();
  });

  it('adds an entry by otpauth link in the options page and shows its right code in the popup', async () => {
    const options = await openExtensionPage(firefox.browser, 'options.html');
    await waitForElement(options, 'form.add-entry');
    await fill(options, 'input[name="uri"]', URI);
    await submitForm(options, 'form.add-entry');
    await waitForText(options, '.add-entry [role="status"]', 'Added Example Corp');
    await waitForText(options, '#entries-title', '(1)');
    await options.close();

    const popup = await openExtensionPage(firefox.browser, 'popup.html');
    await waitForElement(popup, '.code');
    expect(await popup.$eval('.issuer', (element) => element.textContent)).toContain('Example Corp');
    await expectShownCode(popup, SECRET);
    await popup.close();
  });

  it('locks, refuses a wrong passphrase with a clear message, and unlocks with the right one', async () => {
    const popup = await openExtensionPage(firefox.browser, 'popup.html');
    await waitForElement(popup, 'button.lock');
    await popup.click('button.lock');
    await waitForElement(popup, 'form.unlock');

    await fill(popup, 'input[name="passphrase"]', 'not the passphrase');
    await submitForm(popup, 'form.unlock');
    expect(await waitForText(popup, 'form.unlock [role="alert"]', 'not right')).toBe(
      'That passphrase is not right. Check it and try again.',
    );

    await fill(popup, 'input[name="passphrase"]', PASSPHRASE);
    await submitForm(popup, 'form.unlock');
    await waitForElement(popup, '.code');
    await expectShownCode(popup, SECRET);
    await popup.close();
  });

  it('keeps every entry, unlocked, after Firefox suspends the idle event page', async () => {
    const first = await openExtensionPage(firefox.browser, 'popup.html');
    await firefox.letEventPageSuspend(first);
    const popup = await openExtensionPage(firefox.browser, 'popup.html');
    await waitForElement(popup, '.code, form.unlock');
    expect(await popup.$('form.unlock')).toBeNull();
    expect(await popup.$$eval('.row', (rows) => rows.length)).toBe(1);
    await expectShownCode(popup, SECRET);
    expect(await eventPageIsFresh(popup)).toBe(true);
    await popup.close();
  });
});
