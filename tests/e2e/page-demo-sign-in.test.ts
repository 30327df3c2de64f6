import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appears } from './support/appears';
import { type launchChromium, sendMessage } from './support/chromium';
import type { DemoSite } from './support/demo-site';
import { openSignIn } from './support/open-sign-in';
import { startSidekeyOnDemoSite } from './support/start-sidekey-on-demo-site';

/*
 * Sidekey signs a person in to the real Amplify UI Authenticator (the demo site), driven only the way a person or an
 * outside test would: the documented extension-page messages to set Sidekey up (docs/messages.md), then the inline
 * controls by their accessible names (docs/automation-contract.md). The control lives in a closed shadow root, so it
 * is found through the accessibility tree (puppeteer's `::-p-aria(…)`), never through the page's DOM.
 */

let site: DemoSite;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let settings: Page;

beforeAll(async () => {
  ({ site, chromium, settings } = await startSidekeyOnDemoSite({ vaultPassphrase: 'e2e passphrase, not secret' }));
  const saved = await sendMessage(settings, 'vault.addLogin', {
    username: 'alice',
    password: 'Alice-pass-1',
    origins: [new URL(site.url).origin],
  });
  expect(saved).toMatchObject({ ok: true });
  expect(
    await sendMessage(settings, 'vault.addLogin', {
      username: 'tom',
      password: 'Tom-pass-1',
      origins: [new URL(site.url).origin],
    }),
  ).toMatchObject({ ok: true });
  // tom's TOTP key as the seed prints it, bound to the demo origin.
  const entry = await sendMessage(settings, 'vault.addEntry', {
    fields: { kind: 'totp', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', issuer: 'Sidekey demo', account: 'tom' },
    origins: [new URL(site.url).origin],
  });
  expect(entry).toMatchObject({ ok: true });
});

afterAll(async () => {
  await chromium?.close();
  await site?.stop();
});

describe('Sidekey on the Amplify UI demo site', () => {
  it('fills a saved sign-in into the Authenticator and signs in on the person’s choice', async () => {
    const page = await chromium.browser.newPage();
    await openSignIn(page, site.url);
    await (await appears(page, '::-p-aria(Sidekey: fill sign-in)')).click();
    await (await appears(page, '::-p-aria(Sidekey: fill and sign in as alice)')).click();
    const line = await appears(page, '.signed-in p');
    expect(await line.evaluate((element) => element.textContent)).toContain('Signed in as alice');
    await (await appears(page, '.signed-in ::-p-text(Sign out)')).click();
    await appears(page, '[data-amplify-authenticator-signin] input[name=username]');
    await page.close();
  });

  it('fills the current TOTP code at the MFA step from the vault entry bound to the site', async () => {
    const page = await chromium.browser.newPage();
    await openSignIn(page, site.url);
    await (await appears(page, '::-p-aria(Sidekey: fill sign-in)')).click();
    await (await appears(page, '::-p-aria(Sidekey: fill and sign in as tom)')).click();
    await appears(page, '[data-amplify-authenticator-confirmsignin] input');
    await (await appears(page, '::-p-aria(Sidekey: fill code)')).click();
    await (await appears(page, '::-p-aria(Sidekey: fill code for tom)')).click();
    await page.waitForFunction(
      () =>
        /^\d{6}$/.test(
          document.querySelector<HTMLInputElement>('[data-amplify-authenticator-confirmsignin] input')?.value ?? '',
        ),
      { timeout: 10_000 },
    );
    await page.click('[data-amplify-authenticator-confirmsignin] button[type=submit]');
    const line = await appears(page, '.signed-in p');
    expect(await line.evaluate((element) => element.textContent)).toContain('Signed in as tom');
    await page.close();
  });
});
