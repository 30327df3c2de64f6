import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SITES } from '../../demo/demo-sites';
import { readSeedFile } from '../../pool/seed/read-seed-file';
import { type RunningPool, startPool } from '../../pool/start-pool';
import { launchChromium, sendMessage, waitForText } from './support/chromium';
import { addPools, expectSignedInThenSignOut, openSignInTab, press } from './support/popup-sign-in';

/*
 * Hosted-UI sign-in from the popup (issue 9 item 2): the pool's own form opens in the browser's sign-in window
 * (`identity.launchWebAuthFlow`), alice signs in there, and the answer comes back to the extension's
 * chromiumapp.org redirect URI with the state sent, which the worker checks before redeeming the code with PKCE.
 * A provider the app client does not offer (Google) comes back as the pool's OAuth error, said in the popup.
 * The local pool serves the classic hosted UI on its own origin, named as the pool's hosted-UI domain.
 */

const DEMO = DEMO_SITES[0]!;
let pool: RunningPool;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let popup: Page;
let profileId: string;

/** The browser's sign-in window, once it shows the pool's form. */
async function signInWindow(): Promise<Page> {
  const target = await chromium.browser.waitForTarget((candidate) => candidate.url().includes('/login?'), {
    timeout: 30_000,
  });
  const page = await target.asPage();
  await page.waitForSelector('form[name="cognitoSignInForm"] input[name="username"]');
  return page;
}

beforeAll(async () => {
  pool = await startPool({ port: 0, seed: readSeedFile(resolve('pool/seed/demo.json')) });
  chromium = await launchChromium();
  [profileId] = (await addPools(chromium.browser, [
    {
      label: 'Demo',
      userPoolId: DEMO.userPoolId,
      userPoolClientId: DEMO.userPoolClientId,
      endpoint: pool.url,
      hostedUiDomain: pool.url,
    },
  ])) as [string];
  popup = await openSignInTab(chromium.browser);
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await pool?.stop();
});

describe('hosted-UI sign-in from the popup', () => {
  it('signs alice in on the pool’s own form in the browser’s sign-in window', async () => {
    await popup.select('form.sign-in select[name="flow"]', 'hosted');
    await press(popup, 'form.sign-in button[type="submit"]');
    const window = await signInWindow();
    const authorize = new URL(window.url());
    expect(authorize.searchParams.get('redirect_uri')).toBe(
      'https://npbmcjcmafkjbchncmpemdbkmagoobec.chromiumapp.org/',
    );
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toMatch(/^[\w-]{16,}$/);
    await window.type('input[name="username"]', 'alice');
    await window.type('input[name="password"]', 'Alice-pass-1');
    await window.$eval('form[name="cognitoSignInForm"]', (form) => (form as HTMLFormElement).requestSubmit());
    expect(await expectSignedInThenSignOut(popup, 'alice')).toBe('alice');
  });

  it('says so when the pool refuses the provider asked for, and keeps nobody signed in', async () => {
    await popup.select('form.sign-in select[name="flow"]', 'hosted');
    await popup.select('form.sign-in select[name="provider"]', 'Google');
    await press(popup, 'form.sign-in button[type="submit"]');
    // The pool's OAuth error (invalid_request: identity_provider must be COGNITO) is OAuthSignInException.
    expect(await waitForText(popup, '.accounts > .error', 'hosted sign-in')).toContain(
      'The hosted sign-in failed. Try again.',
    );
    expect(await sendMessage(popup, 'auth.session', { profileId })).toEqual({ ok: true, data: { signedIn: false } });
  });
});
