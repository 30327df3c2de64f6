import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../pool/support/test-pool';
import { totpNow } from '../pool/support/totp-now';
import { fill, sendMessage as send, submitForm } from './support/chromium';
import { type DelayingProxy, startDelayingProxy } from './support/delaying-proxy';
import {
  eventPageIsFresh,
  FIREFOX_AVAILABLE,
  type FirefoxSession,
  launchFirefox,
  markEventPage,
  openExtensionPage,
  waitForElement,
  waitForText,
} from './support/firefox';

const PASSPHRASE = 'correct horse battery staple';
const SITE = 'http://localhost:5173';
/**
 * Firefox suspends an idle event page after this long (30 s by default): short, so the test sees it happen, and
 * longer than the Argon2id of a vault setup or unlock on a loaded machine (tests/e2e/support/firefox.ts).
 */
const IDLE_TIMEOUT_MS = 6_000;

let pool: TestPool;
/** Sidekey reaches the pool through this, so one test can make the pool slow. */
let proxy: DelayingProxy;
let firefox: FirefoxSession;
let profileId: string;
let totpSecret: string;

beforeAll(async () => {
  if (!FIREFOX_AVAILABLE) return;
  pool = await startTestPool({
    mfa: { configuration: 'ON', totp: true },
    users: [
      { username: 'walt', password: 'Stop-and-go-1' },
      { username: 'rosa', password: 'Come-back-later-1' },
    ],
  });
  proxy = await startDelayingProxy(pool.url);
  firefox = await launchFirefox({ idleTimeoutMs: IDLE_TIMEOUT_MS });
});
afterAll(async () => {
  await firefox?.close();
  await proxy?.stop();
  await pool?.stop();
});
afterEach(() => {
  expect(firefox.extensionErrors()).toEqual([]);
});

/** A fresh popup page on its Sign in tab, showing the form or a step prompt. */
async function openSignInTab(): Promise<Page> {
  const popup = await openExtensionPage(firefox.browser, 'popup.html');
  await waitForElement(popup, '#tab-accounts');
  await popup.click('#tab-accounts');
  await waitForElement(popup, 'form.sign-in, #step-title');
  return popup;
}

describe.skipIf(!FIREFOX_AVAILABLE)('signing in to a user pool from Sidekey’s popup in Firefox ESR', () => {
  it('adds the local pool on the settings page', async () => {
    const options = await openExtensionPage(firefox.browser, 'options.html');
    expect(await send(options, 'vault.setup', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    await options.close();
    const settings = await openExtensionPage(firefox.browser, 'options.html');
    await waitForElement(settings, 'form.add-pool');
    await fill(settings, 'form.add-pool input[name="label"]', 'Local pool');
    await fill(settings, 'form.add-pool input[name="userPoolId"]', pool.poolId);
    await fill(settings, 'form.add-pool input[name="userPoolClientId"]', pool.clientId);
    await settings.$eval('form.add-pool input[name="location"][value="endpoint"]', (radio) =>
      (radio as HTMLInputElement).click(),
    );
    await waitForElement(settings, 'form.add-pool input[name="userPoolEndpoint"]');
    await fill(settings, 'form.add-pool input[name="userPoolEndpoint"]', proxy.url);
    await fill(settings, 'form.add-pool textarea[name="origins"]', SITE);
    await submitForm(settings, 'form.add-pool');
    expect(await waitForText(settings, '.pool-label', 'Local pool')).toBe('Local pool');
    expect(await settings.$eval('.pool-origins', (element) => element.textContent)).toBe(`Sites: ${SITE}`);
    const profiles = (await send(settings, 'profiles.list')) as { data: Array<{ id: string }> };
    profileId = profiles.data[0]!.id;
    await settings.close();
  });

  it('signs in from the popup through TOTP setup, with the secret saved in Sidekey’s vault', async () => {
    const popup = await openSignInTab();
    await fill(popup, 'form.sign-in input[name="username"]', 'walt');
    await fill(popup, 'form.sign-in input[name="password"]', 'Stop-and-go-1');
    await submitForm(popup, 'form.sign-in');
    await waitForText(popup, '#step-title', 'Set up an authenticator');
    const uri = await popup.$eval('.setup-uri', (input) => (input as HTMLInputElement).value);
    expect(uri).toMatch(/^otpauth:\/\/totp\/Local%20pool:walt\?secret=[A-Z2-7]+&issuer=Local%20pool$/);
    totpSecret = new URL(uri).searchParams.get('secret')!;
    await popup.click('.save-totp');
    await waitForElement(popup, '.saved-totp');

    // The popup's own codes view shows the new entry's code; the pool must accept it.
    await popup.click('#tab-codes');
    await waitForElement(popup, '.code[data-code]');
    const shown = await popup.$eval('.code', (element) => element.getAttribute('data-code'));
    expect([-30_000, 0, 30_000].map((offset) => totpNow(pool, totpSecret, offset))).toContain(shown);

    await popup.click('#tab-accounts');
    await waitForElement(popup, 'form.code-form');
    await fill(popup, 'form.code-form input[name="code"]', shown!);
    await submitForm(popup, 'form.code-form');
    expect(await waitForText(popup, '.session .username', 'walt')).toBe('walt');
    await popup.click('.sign-out');
    await waitForElement(popup, 'form.sign-in');
    expect(await send(popup, 'auth.session', { profileId })).toEqual({ ok: true, data: { signedIn: false } });
    await popup.close();
  });

  it('finishes a sign-in in the popup after Firefox suspended the event page at the code step', async () => {
    const first = await openSignInTab();
    await fill(first, 'form.sign-in input[name="username"]', 'walt');
    await fill(first, 'form.sign-in input[name="password"]', 'Stop-and-go-1');
    await submitForm(first, 'form.sign-in');
    await waitForText(first, '#step-title', 'Enter the code from your authenticator');
    await firefox.letEventPageSuspend(first); // the person goes to fetch a code; the event page goes idle

    const second = await openSignInTab();
    await waitForText(second, '#step-title', 'Enter the code from your authenticator');
    expect(await second.$eval('.signing-in-user', (element) => element.textContent)).toBe('walt');
    // The setup step's code may already be spent; the next period's is within Cognito's window.
    await fill(second, 'form.code-form input[name="code"]', totpNow(pool, totpSecret, 30_000));
    await submitForm(second, 'form.code-form');
    expect(await waitForText(second, '.session .username', 'walt')).toBe('walt');
    expect(await eventPageIsFresh(second)).toBe(true);
    await second.close();
  });

  it('finishes a first sign-in’s TOTP setup after the event page was suspended between signIn and confirmSignIn', async () => {
    const page = await openExtensionPage(firefox.browser, 'options.html');
    expect(await send(page, 'auth.signOut', { profileId })).toMatchObject({ ok: true });
    const started = await send(page, 'auth.signIn', { profileId, username: 'rosa', password: 'Come-back-later-1' });
    expect(started).toMatchObject({ ok: true, data: { nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' } } });
    const secret = (started as { data: { nextStep: { totpSetupDetails: { sharedSecret: string } } } }).data.nextStep
      .totpSetupDetails.sharedSecret;
    await firefox.letEventPageSuspend(page);

    const again = await openExtensionPage(firefox.browser, 'options.html');
    const done = await send(again, 'auth.confirmSignIn', { profileId, challengeResponse: totpNow(pool, secret) });
    expect(done).toEqual({ ok: true, data: { isSignedIn: true, nextStep: { signInStep: 'DONE' } } });
    expect(await eventPageIsFresh(again)).toBe(true);
    expect(await send(again, 'auth.session', { profileId })).toMatchObject({
      ok: true,
      data: { signedIn: true, username: 'rosa' },
    });
    await again.close();
  });

  it('answers a sign-in whose pool replies only after the idle timeout, the event page kept awake meanwhile', async () => {
    // A pending reply does not count as activity for Firefox: without the worker's keep-awake the event page was
    // suspended mid-request and the sign-in failed with "Receiving end does not exist".
    const page = await openExtensionPage(firefox.browser, 'options.html');
    expect(await send(page, 'auth.signOut', { profileId })).toMatchObject({ ok: true });
    await markEventPage(page);
    proxy.delayNext(IDLE_TIMEOUT_MS + 3_000);
    const started = Date.now();
    const reply = await send(page, 'auth.signIn', { profileId, username: 'walt', password: 'Stop-and-go-1' });
    expect(Date.now() - started).toBeGreaterThan(IDLE_TIMEOUT_MS + 3_000);
    expect(reply).toMatchObject({ ok: true, data: { nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } } });
    expect(await eventPageIsFresh(page)).toBe(false);
    await page.close();
  });
});
