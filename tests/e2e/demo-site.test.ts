import { Secret, TOTP } from 'otpauth';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appears } from './support/appears';
import { launchChromium } from './support/chromium';
import { type DemoSite, startDemoSite } from './support/demo-site';
import { typeSignIn } from './support/type-sign-in';

const SIGN_IN = '[data-amplify-authenticator-signin]';
const CONFIRM_SIGN_IN = '[data-amplify-authenticator-confirmsignin]';

let site: DemoSite;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  site = await startDemoSite();
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await site?.stop();
});

async function signedInText(page: Page): Promise<string> {
  const line = await appears(page, '.signed-in p');
  return line.evaluate((element) => element.textContent ?? '');
}

describe('the demo site', () => {
  it('serves its page on localhost with the pool it signs in to', async () => {
    expect(site.url).toMatch(/^http:\/\/localhost:\d+$/);
    const config = await (await fetch(`${site.url}/config.json`)).json();
    expect(config.userPoolEndpoint).toBe(new URL(site.poolUrl).href);
  });

  it('signs a password-only user in through the Amplify Authenticator and signs them out again', async () => {
    const page = await chromium.browser.newPage();
    await typeSignIn(page, site.url, { username: 'alice', password: 'Alice-pass-1' });
    expect(await signedInText(page)).toBe('Signed in as alice');
    await (await appears(page, '.signed-in button::-p-text(Sign out)')).click();
    await appears(page, `${SIGN_IN} input[name=username]`);
    await page.close();
  });

  it('signs a TOTP user in with the code computed from the secret the demo prints', async () => {
    const page = await chromium.browser.newPage();
    await typeSignIn(page, site.url, { username: 'tom', password: 'Tom-pass-1' });
    const field = await appears(page, `${CONFIRM_SIGN_IN} input[name=confirmation_code]`);
    await field.type(new TOTP({ secret: Secret.fromBase32('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP') }).generate());
    await page.click(`${CONFIRM_SIGN_IN} button[type=submit]`);
    expect(await signedInText(page)).toBe('Signed in as tom');
    await page.close();
  });

  it('takes a user of the MFA-required pool through TOTP set-up with the key the page shows', async () => {
    const page = await chromium.browser.newPage();
    await typeSignIn(page, new URL('/mfa-required', site.url).href, { username: 'theo', password: 'Theo-pass-1!' });
    await (await appears(page, '[data-amplify-authenticator-select-mfa-type] input[value=TOTP]')).click();
    await page.click('[data-amplify-authenticator-select-mfa-type] button[type=submit]');
    const setup = '[data-amplify-authenticator-setup-totp]';
    await appears(page, `${setup} img[data-amplify-qrcode]`);
    const secret = await page.$eval(`${setup} [data-amplify-copy] > div`, (element) => element.textContent ?? '');
    await page.type(
      `${setup} input[name=confirmation_code]`,
      new TOTP({ secret: Secret.fromBase32(secret) }).generate(),
    );
    await page.click(`${setup} button[type=submit]`);
    expect(await signedInText(page)).toBe('Signed in as theo');
    await page.close();
  });
});
