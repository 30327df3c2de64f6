import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SITES } from '../../demo/demo-sites';
import { readSeedFile } from '../../pool/seed/read-seed-file';
import { type RunningPool, startPool } from '../../pool/start-pool';
import { signInThroughProvider } from '../pool/federation/federation-browser';
import { authorizeUrl } from '../pool/hosted-ui/hosted-ui-pool';
import { fill, launchChromium, press, sendMessage, waitForText } from './support/chromium';
import { addPools, expectSignedInThenSignOut, openSignInTab } from './support/popup-sign-in';

/*
 * Hosted-UI sign-in from the popup (issue 9 item 2): the pool's own form opens in the browser's sign-in window
 * (`identity.launchWebAuthFlow`), alice signs in there, and the answer comes back to the extension's
 * chromiumapp.org redirect URI with the state sent, which the worker checks before redeeming the code with PKCE.
 * A provider the app client does not offer (Google) comes back as the pool's OAuth error, said in the popup.
 * The OIDC provider it offers (ExampleCorp, played by the pool's stand-in provider) signs a person in as the
 * federated user ExampleCorp_<sub>; a callback carrying someone else's state (a code the pool really issued, for
 * another sign-in) is refused and signs nobody in.
 * The local pool serves the classic hosted UI on its own origin, named as the pool's hosted-UI domain.
 */

const DEMO = DEMO_SITES[0]!;
let pool: RunningPool;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let popup: Page;
let profileId: string;

const REDIRECT_URI = 'https://npbmcjcmafkjbchncmpemdbkmagoobec.chromiumapp.org/';

/** The browser's sign-in window, once it shows a page at `path` with `selector` on it. */
async function signInWindow(
  at: { path: string; selector: string } = {
    path: '/login?',
    selector: 'form[name="cognitoSignInForm"] input[name="username"]',
  },
): Promise<Page> {
  const target = await chromium.browser.waitForTarget((candidate) => candidate.url().includes(at.path), {
    timeout: 30_000,
  });
  const page = await target.asPage();
  await page.waitForSelector(at.selector);
  return page;
}

/** Starts a hosted sign-in with the ExampleCorp provider and returns the sign-in window on the provider's page. */
async function startProviderSignIn(): Promise<Page> {
  await popup.select('form.sign-in select[name="flow"]', 'hosted');
  await popup.select('form.sign-in select[name="provider"]', 'custom');
  await fill(popup, 'form.sign-in input[name="providerName"]', 'ExampleCorp');
  await press(popup, 'form.sign-in button[type="submit"]');
  return signInWindow({ path: '/stand-in-idp/authorize?', selector: 'form[name="standInSignIn"] #standInEmail' });
}

function jwtPayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
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
    expect(authorize.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
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

  it('signs fay in through the ExampleCorp provider as the federated user, its identities claim naming the provider', async () => {
    const providerPage = await startProviderSignIn();
    expect(await providerPage.$eval('#standInProvider', (heading) => heading.textContent)).toBe('ExampleCorp');
    await providerPage.type('#standInEmail', 'fay@example.com');
    await providerPage.type('#standInName', 'Fay');
    await providerPage.$eval('form[name="standInSignIn"] button[value="sign-in"]', (button) =>
      (button as HTMLButtonElement).click(),
    );
    const shown = await waitForText(popup, '.session .username', 'ExampleCorp_');
    expect(shown.trim()).toMatch(/^ExampleCorp_[0-9a-f]{32}$/);
    const session = await sendMessage(popup, 'auth.session', { profileId });
    const data = (session as { data: { username: string; idToken: string } }).data;
    expect(data.username).toBe(shown.trim());
    const claims = jwtPayload(data.idToken);
    expect(claims).toMatchObject({ 'cognito:username': data.username, email: 'fay@example.com', name: 'Fay' });
    expect(claims.identities).toEqual([
      expect.objectContaining({ providerName: 'ExampleCorp', providerType: 'OIDC', primary: 'true' }),
    ]);
    expect(await expectSignedInThenSignOut(popup, data.username)).toContain(data.username);
  });

  it('refuses a callback carrying another sign-in’s state, says so, and signs nobody in', async () => {
    const providerPage = await startProviderSignIn();
    // Someone else's finished sign-in through the same provider and client: a real pool code, with their state.
    const theirs = new URL(
      authorizeUrl(pool.url, {
        client: DEMO.userPoolClientId,
        redirectUri: REDIRECT_URI,
        state: 'someone-elses-state',
        scope: 'openid',
      }),
    );
    theirs.searchParams.set('identity_provider', 'ExampleCorp');
    const forged = await signInThroughProvider({ authorizeUrl: theirs.toString(), email: 'mallory@example.com' });
    expect(new URL(forged.location!).searchParams.get('state')).toBe('someone-elses-state');
    // The sign-in window is led to that callback, as a page could lead it; the browser hands it to the worker.
    await providerPage.evaluate((address) => location.assign(address), forged.location!).catch(() => undefined);
    expect(await waitForText(popup, '.accounts > .error', 'another request')).toContain(
      'The hosted sign-in answered another request, so Sidekey ignored it. Start again.',
    );
    expect(await sendMessage(popup, 'auth.session', { profileId })).toEqual({ ok: true, data: { signedIn: false } });
  });
});
