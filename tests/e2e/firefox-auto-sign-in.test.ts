import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../pool/support/test-pool';
import { sendMessage as send } from './support/chromium';
import {
  eventPageIsFresh,
  FIREFOX_AVAILABLE,
  type FirefoxSession,
  launchFirefox,
  openExtensionPage,
} from './support/firefox';

/*
 * Sign-up → confirmation → auto sign-in in Firefox ESR, driven through the documented messages an extension page
 * sends (docs/messages.md), with the event page suspended after sign-up and again after the confirmation: the armed
 * auto sign-in is kept in storage.session, its password sealed (docs/security.md §1.1), so the woken event page
 * still signs the new account in with nothing typed again.
 */

const IDLE_TIMEOUT_MS = 6_000;
let pool: TestPool;
let firefox: FirefoxSession;
let profileId: string;

beforeAll(async () => {
  if (!FIREFOX_AVAILABLE) return;
  pool = await startTestPool({ poolInput: { AutoVerifiedAttributes: ['email'] } });
  firefox = await launchFirefox({ idleTimeoutMs: IDLE_TIMEOUT_MS });
});
afterAll(async () => {
  await firefox?.close();
  await pool?.stop();
});
afterEach(() => {
  expect(firefox.extensionErrors()).toEqual([]);
});

describe.skipIf(!FIREFOX_AVAILABLE)('auto sign-in across event-page suspensions in Firefox ESR', () => {
  it('signs up, confirms and auto-signs in with the event page suspended after each step', async () => {
    const setup = await openExtensionPage(firefox.browser, 'options.html');
    expect(await send(setup, 'vault.setup', { passphrase: 'correct horse battery staple' })).toMatchObject({
      ok: true,
    });
    const added = await send(setup, 'profiles.add', {
      label: 'Local pool',
      userPoolId: pool.poolId,
      userPoolClientId: pool.clientId,
      userPoolEndpoint: pool.url,
      origins: ['http://localhost:5173'],
    });
    expect(added).toMatchObject({ ok: true });
    profileId = (added as { data: { id: string } }).data.id;
    const signedUp = await send(setup, 'auth.signUp', {
      profileId,
      username: 'nora',
      password: 'Signed-up-1',
      options: { userAttributes: { email: 'nora@example.com' }, autoSignIn: true },
    });
    expect(signedUp).toMatchObject({ ok: true, data: { nextStep: { signUpStep: 'CONFIRM_SIGN_UP' } } });
    await firefox.letEventPageSuspend(setup);

    const confirmPage = await openExtensionPage(firefox.browser, 'options.html');
    const code = (await pool.codes('nora')).at(-1)!;
    const confirmed = await send(confirmPage, 'auth.confirmSignUp', {
      profileId,
      username: 'nora',
      confirmationCode: code,
    });
    expect(confirmed).toMatchObject({ ok: true, data: { nextStep: { signUpStep: 'COMPLETE_AUTO_SIGN_IN' } } });
    expect(await eventPageIsFresh(confirmPage)).toBe(true);
    await firefox.letEventPageSuspend(confirmPage);

    const last = await openExtensionPage(firefox.browser, 'options.html');
    expect(await send(last, 'auth.autoSignIn', { profileId })).toEqual({
      ok: true,
      data: { isSignedIn: true, nextStep: { signInStep: 'DONE' } },
    });
    expect(await eventPageIsFresh(last)).toBe(true);
    expect(await send(last, 'auth.session', { profileId })).toMatchObject({
      ok: true,
      data: { signedIn: true, username: 'nora' },
    });
    expect(await send(last, 'auth.autoSignIn', { profileId })).toMatchObject({
      ok: false,
      code: 'AutoSignInException',
    });
    await last.close();
  });
});
