import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appears } from './support/appears';
import { sendMessage } from './support/chromium';
import { type DemoSite, startDemoSite } from './support/demo-site';
import { FIREFOX_AVAILABLE, type FirefoxSession, launchFirefox, openExtensionPage } from './support/firefox';
import { clickInlineControl } from './support/firefox-inline-control';
import { openSignIn } from './support/open-sign-in';
import { pollUntil } from './support/poll-until';

/*
 * The page side in Firefox ESR, on the real Amplify UI Authenticator (the demo site), driven as an outside test would:
 * the documented extension-page messages set Sidekey up (docs/messages.md), then the inline controls are reached by
 * their accessible names (docs/automation-contract.md) and clicked with trusted pointer clicks. Firefox's
 * accessibility locator does not enter the closed shadow root, so WebDriver BiDi hands it over
 * (tests/e2e/support/firefox-inline-control.ts).
 */

let site: DemoSite;
let firefox: FirefoxSession;

beforeAll(async () => {
  if (!FIREFOX_AVAILABLE) return;
  site = await startDemoSite();
  firefox = await launchFirefox();
  const settings = await openExtensionPage(firefox.browser, 'options.html');
  const origins = [new URL(site.url).origin];
  expect(await sendMessage(settings, 'vault.setup', { passphrase: 'e2e passphrase, not secret' })).toMatchObject({
    ok: true,
  });
  for (const [username, password] of [
    ['alice', 'Alice-pass-1'],
    ['tom', 'Tom-pass-1'],
  ]) {
    expect(await sendMessage(settings, 'vault.addLogin', { username, password, origins })).toMatchObject({ ok: true });
  }
  // tom's TOTP key as the seed prints it, bound to the demo origin.
  const entry = await sendMessage(settings, 'vault.addEntry', {
    fields: { kind: 'totp', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', issuer: 'Sidekey demo', account: 'tom' },
    origins,
  });
  expect(entry).toMatchObject({ ok: true });
  await settings.close();
});
afterAll(async () => {
  await firefox?.close();
  await site?.stop();
});
afterEach(() => {
  expect(firefox.extensionErrors()).toEqual([]);
});

describe.skipIf(!FIREFOX_AVAILABLE)('Sidekey on the Amplify UI demo site in Firefox ESR', () => {
  it('fills a saved sign-in into the Authenticator and signs in on the person’s choice', async () => {
    const page = await firefox.browser.newPage();
    await openSignIn(page, site.url);
    await clickInlineControl(firefox.browser, page, 'Sidekey: fill sign-in');
    await clickInlineControl(firefox.browser, page, 'Sidekey: fill and sign in as alice');
    const line = await appears(page, '.signed-in p');
    expect(await line.evaluate((element) => element.textContent)).toContain('Signed in as alice');
    await (await appears(page, '.signed-in ::-p-text(Sign out)')).click();
    await appears(page, '[data-amplify-authenticator-signin] input[name=username]');
    await page.close();
  });

  it('fills the current TOTP code at the MFA step from the vault entry bound to the site', async () => {
    const page = await firefox.browser.newPage();
    await openSignIn(page, site.url);
    await clickInlineControl(firefox.browser, page, 'Sidekey: fill sign-in');
    await clickInlineControl(firefox.browser, page, 'Sidekey: fill and sign in as tom');
    await appears(page, '[data-amplify-authenticator-confirmsignin] input');
    await clickInlineControl(firefox.browser, page, 'Sidekey: fill code');
    await clickInlineControl(firefox.browser, page, 'Sidekey: fill code for tom');
    const code = await pollUntil(
      () =>
        page.$eval('[data-amplify-authenticator-confirmsignin] input', (input) =>
          /^\d{6}$/.test((input as HTMLInputElement).value) ? (input as HTMLInputElement).value : undefined,
        ),
      'the code in the confirm-sign-in field',
      10_000,
    );
    expect(code).toMatch(/^\d{6}$/);
    await page.click('[data-amplify-authenticator-confirmsignin] button[type=submit]');
    const line = await appears(page, '.signed-in p');
    expect(await line.evaluate((element) => element.textContent)).toContain('Signed in as tom');
    await page.close();
  });
});
