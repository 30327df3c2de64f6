import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../core/auth/index';
import { createMemoryStorage } from '../core/auth/memory-storage';
import { startTestPool, type TestPool } from '../pool/support/test-pool';
import { totpNow } from '../pool/support/totp-now';
import { EXTENSION_URL, launchChromium, openPage, sendMessage as send, stopServiceWorker } from './support/chromium';

let pool: TestPool;
let flowsPool: TestPool;
let flowsProfileId: string;
let moSecret = '';
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
  flowsPool = await startTestPool({
    poolInput: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } } },
    mfa: { configuration: 'OPTIONAL', totp: true, email: true },
    users: [
      { username: 'pam', password: 'Stop-and-go-1' },
      { username: 'eve', password: 'Stop-and-go-1', attributes: { email: 'eve@example.com', email_verified: 'true' } },
      { username: 'mo', password: 'Stop-and-go-1', attributes: { email: 'mo@example.com', email_verified: 'true' } },
      { username: 'nia', password: 'Temp-orary-1', temporary: true },
    ],
  });
  // mo chose TOTP and email MFA earlier, from another device: each sign-in asks which.
  const earlier = createAuthClient({
    userPoolId: flowsPool.poolId,
    userPoolClientId: flowsPool.clientId,
    userPoolEndpoint: flowsPool.url,
    storage: createMemoryStorage(),
  });
  await earlier.signIn({ username: 'mo', password: 'Stop-and-go-1' });
  moSecret = (await earlier.setUpTOTP()).sharedSecret;
  await earlier.verifyTOTPSetup({ code: totpNow(flowsPool, moSecret) });
  await earlier.updateMFAPreference({ totp: 'ENABLED', email: 'ENABLED' });
  await earlier.signOut();
  await flowsPool.advance(30_000);
  session = await launchChromium();
  browser = session.browser;
  page = await openPage(browser, 'popup.html');
});
afterAll(async () => {
  await session?.close();
  await pool?.stop();
  await flowsPool?.stop();
});

/** Marks Sidekey's service worker and stops it as Chrome does after 30 s idle. */
async function stopWorker() {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(EXTENSION_URL));
  const worker = await target.worker();
  await worker!.evaluate(() => {
    (globalThis as { sidekeyTestMarker?: number }).sidekeyTestMarker = 1;
  });
  await stopServiceWorker(browser, target);
}

/** Whether the running worker is a fresh instance (the marker set before stopping is gone); stops it after. */
async function workerIsFresh() {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(EXTENSION_URL));
  const worker = await target.worker();
  const marker = await worker!.evaluate(() => (globalThis as { sidekeyTestMarker?: number }).sidekeyTestMarker);
  await stopServiceWorker(browser, target);
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

type Step = { signInStep: string };
/** A popup flow: how it starts, and the answer to each step after it (from the pool's outbox or clock). */
const popupFlows: {
  name: string;
  signIn: Record<string, unknown>;
  answers: (() => Promise<string> | string)[];
  expected: string[];
}[] = [
  {
    name: 'password only (SRP)',
    signIn: { username: 'pam', password: 'Stop-and-go-1' },
    answers: [],
    expected: ['DONE'],
  },
  {
    name: 'email code (USER_AUTH)',
    signIn: { username: 'eve', options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' } },
    answers: [async () => (await flowsPool.codes('eve')).at(-1) ?? ''],
    expected: ['CONFIRM_SIGN_IN_WITH_EMAIL_CODE', 'DONE'],
  },
  {
    name: 'MFA selection, then TOTP',
    signIn: { username: 'mo', password: 'Stop-and-go-1' },
    answers: [() => 'TOTP', () => totpNow(flowsPool, moSecret)],
    expected: ['CONTINUE_SIGN_IN_WITH_MFA_SELECTION', 'CONFIRM_SIGN_IN_WITH_TOTP_CODE', 'DONE'],
  },
  {
    name: 'new password required',
    signIn: { username: 'nia', password: 'Temp-orary-1' },
    answers: [() => 'New-pass-word-1'],
    expected: ['CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', 'DONE'],
  },
];

describe('popup sign-ins survive the service worker being stopped at every step boundary', () => {
  it('adds the flows pool as a profile', async () => {
    const reply = await send(page, 'profiles.add', {
      label: 'Flows pool',
      userPoolId: flowsPool.poolId,
      userPoolClientId: flowsPool.clientId,
      userPoolEndpoint: flowsPool.url,
    });
    expect(reply).toMatchObject({ ok: true });
    flowsProfileId = (reply as { data: { id: string } }).data.id;
  });

  it.each(popupFlows.map((flow) => [flow.name, flow] as const))('%s', async (_name, flow) => {
    const profileId = flowsProfileId;
    const started = await send(page, 'auth.signIn', { profileId, ...flow.signIn });
    expect(started).toMatchObject({ ok: true });
    let step = (started as { data: { nextStep: Step } }).data.nextStep;
    const steps = [step.signInStep];
    for (const answer of flow.answers) {
      await stopWorker();
      // The popup reopens on the step the stopped worker had reached, from the fresh worker.
      const pending = await send(page, 'auth.pendingSignIn', { profileId });
      expect(pending).toMatchObject({ ok: true, data: { nextStep: { signInStep: step.signInStep } } });
      expect(await workerIsFresh()).toBe(true);
      const reply = await send(page, 'auth.confirmSignIn', { profileId, challengeResponse: await answer() });
      expect(reply).toMatchObject({ ok: true });
      step = (reply as { data: { nextStep: Step } }).data.nextStep;
      steps.push(step.signInStep);
    }
    expect(steps).toEqual(flow.expected);
    await stopWorker(); // and after DONE: the restarted worker holds the session
    const summary = await send(page, 'auth.session', { profileId });
    expect(summary).toMatchObject({ ok: true, data: { signedIn: true } });
    expect(await workerIsFresh()).toBe(true);
    expect(await send(page, 'auth.signOut', { profileId })).toMatchObject({ ok: true });
  });
});
