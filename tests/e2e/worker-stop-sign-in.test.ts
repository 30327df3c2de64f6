import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../pool/support/test-pool';
import { totpNow } from '../pool/support/totp-now';
import { EXTENSION_URL, launchChromium, openPage, sendMessage as send } from './support/chromium';

let pool: TestPool;
let session: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let page: Page;
let profileId: string;
let totpSecret: string;

beforeAll(async () => {
  pool = await startTestPool({
    mfa: { configuration: 'ON', totp: true },
    users: [{ username: 'walt', password: 'Stop-and-go-1' }],
  });
  session = await launchChromium();
  browser = session.browser;
  page = await openPage(browser, 'popup.html');
});
afterAll(async () => {
  await session?.close();
  await pool?.stop();
});

/** Stops Sidekey's service worker as Chrome does after 30 s idle (puppeteer's close = closeTarget + detach). */
async function stopWorker() {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(EXTENSION_URL));
  const worker = await target.worker();
  await worker!.evaluate(() => {
    (globalThis as { sidekeyTestMarker?: number }).sidekeyTestMarker = 1;
  });
  await worker!.close();
  await browser
    .waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(EXTENSION_URL), { timeout: 50 })
    .catch(() => undefined);
}

/** Whether the running worker is a fresh instance (the marker set before stopping is gone). */
async function workerIsFresh() {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(EXTENSION_URL));
  const worker = await target.worker();
  const marker = await worker!.evaluate(() => (globalThis as { sidekeyTestMarker?: number }).sidekeyTestMarker);
  await worker!.close();
  return marker === undefined;
}

describe('a sign-in survives the service worker being stopped', () => {
  it('adds the local pool as a profile', async () => {
    const reply = await send(page, 'profiles.add', {
      label: 'Local pool',
      userPoolId: pool.poolId,
      userPoolClientId: pool.clientId,
      userPoolEndpoint: pool.url,
    });
    expect(reply).toMatchObject({ ok: true });
    profileId = (reply as { data: { id: string } }).data.id;
  });

  it('sets up TOTP during a first sign-in, with the worker stopped in between', async () => {
    const started = await send(page, 'auth.signIn', { profileId, username: 'walt', password: 'Stop-and-go-1' });
    expect(started).toMatchObject({ ok: true, data: { nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' } } });
    totpSecret = (started as { data: { nextStep: { totpSetupDetails: { sharedSecret: string } } } }).data.nextStep
      .totpSetupDetails.sharedSecret;
    await stopWorker();
    const done = await send(page, 'auth.confirmSignIn', { profileId, challengeResponse: totpNow(pool, totpSecret) });
    expect(done).toEqual({ ok: true, data: { isSignedIn: true, nextStep: { signInStep: 'DONE' } } });
    expect(await workerIsFresh()).toBe(true);
    expect(await send(page, 'auth.signOut', { profileId })).toMatchObject({ ok: true });
  });

  it('confirms a TOTP code after the worker was stopped between signIn and confirmSignIn', async () => {
    const started = await send(page, 'auth.signIn', { profileId, username: 'walt', password: 'Stop-and-go-1' });
    expect(started).toMatchObject({ ok: true, data: { nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } } });
    await stopWorker();
    // The code from the setup step's period may already be spent; the next period's code is within Cognito's window.
    const done = await send(page, 'auth.confirmSignIn', {
      profileId,
      challengeResponse: totpNow(pool, totpSecret, 30_000),
    });
    expect(done).toEqual({ ok: true, data: { isSignedIn: true, nextStep: { signInStep: 'DONE' } } });
    expect(await workerIsFresh()).toBe(true);
    const summary = await send(page, 'auth.session', { profileId });
    expect(summary).toMatchObject({ ok: true, data: { signedIn: true, username: 'walt' } });
  });
});
