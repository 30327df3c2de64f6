import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SITES } from '../../demo/demo-sites';
import { readSeedFile } from '../../pool/seed/read-seed-file';
import { type RunningPool, startPool } from '../../pool/start-pool';
import { fill, launchChromium, submitForm, waitForText } from './support/chromium';
import { addPools, expectSignedInThenSignOut, openSignInTab, startSignIn } from './support/popup-sign-in';
import { type CognitoRequest, recordCognitoRequests } from './support/worker-requests';

/*
 * Custom challenges from the popup (issue 9 item 2): carl of the demo seed answers the pool's custom challenge — a
 * code it "sends" — with CUSTOM_WITHOUT_SRP and with CUSTOM_WITH_SRP (password first), and the clientMetadata
 * typed under Advanced goes to the pool on every request of the sign-in that takes it. What the worker sends is
 * read from its own network log (DevTools Network domain on the service worker).
 */

const DEMO = DEMO_SITES[0]!;
let pool: RunningPool;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let popup: Page;
/** The Cognito requests the worker sent. */
let sent: CognitoRequest[];

/** The sign-in's requests that take clientMetadata, in the order sent. */
const signInRequests = () =>
  sent.filter((request) => request.operation === 'InitiateAuth' || request.operation === 'RespondToAuthChallenge');

/** Answers the custom challenge with the code the pool "sent" carl (the outbox is emptied before each sign-in). */
async function answerChallenge(): Promise<void> {
  await waitForText(popup, '#step-title', 'Answer the challenge');
  expect(await popup.$eval('.challenge-info', (element) => element.textContent)).toContain('CODE');
  await expect.poll(() => pool.outbox.list().length, { timeout: 10_000 }).toBe(1);
  await fill(popup, '.step input[name="answer"]', pool.outbox.list()[0]!.code);
  await submitForm(popup, '.step form');
}

beforeAll(async () => {
  pool = await startPool({ port: 0, seed: readSeedFile(resolve('pool/seed/demo.json')) });
  chromium = await launchChromium();
  await addPools(chromium.browser, [
    { label: 'Demo', userPoolId: DEMO.userPoolId, userPoolClientId: DEMO.userPoolClientId, endpoint: pool.url },
  ]);
  sent = await recordCognitoRequests(chromium.browser);
  popup = await openSignInTab(chromium.browser);
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await pool?.stop();
});

describe('custom challenges from the popup', () => {
  it('refuses metadata that is not key=value lines at its field, sending nothing', async () => {
    await startSignIn(popup, { flow: 'custom', username: 'carl', clientMetadata: 'campaign=spring\nnot a pair' });
    expect(await waitForText(popup, '#client-metadata-error', 'not a pair')).toContain('not a pair');
    expect(sent).toEqual([]);
  });

  it('signs carl in with CUSTOM_WITHOUT_SRP, the metadata sent with the sign-in and with the answer', async () => {
    sent.length = 0;
    pool.outbox.clear();
    await startSignIn(popup, { flow: 'custom', username: 'carl', clientMetadata: 'campaign=spring\nsource = popup' });
    await answerChallenge();
    expect(await expectSignedInThenSignOut(popup, 'carl')).toBe('carl');
    const requests = signInRequests();
    expect(requests.map((request) => request.operation)).toEqual(['InitiateAuth', 'RespondToAuthChallenge']);
    expect(requests[0]!.body).toMatchObject({ AuthFlow: 'CUSTOM_AUTH' });
    expect(requests[1]!.body).toMatchObject({ ChallengeName: 'CUSTOM_CHALLENGE' });
    for (const request of requests)
      expect(request.body.ClientMetadata).toEqual({ campaign: 'spring', source: 'popup' });
  });

  it('signs carl in with CUSTOM_WITH_SRP: his password first, then the challenge', async () => {
    sent.length = 0;
    pool.outbox.clear();
    await startSignIn(popup, {
      flow: 'customSrp',
      username: 'carl',
      password: 'Carl-pass-1',
      clientMetadata: 'campaign=autumn',
    });
    await answerChallenge();
    expect(await expectSignedInThenSignOut(popup, 'carl')).toBe('carl');
    const [initiate, ...responses] = signInRequests();
    expect(initiate!.body).toMatchObject({ AuthFlow: 'CUSTOM_AUTH', AuthParameters: { CHALLENGE_NAME: 'SRP_A' } });
    expect(responses.map((request) => request.body.ChallengeName)).toEqual(['PASSWORD_VERIFIER', 'CUSTOM_CHALLENGE']);
    for (const request of [initiate!, ...responses])
      expect(request.body.ClientMetadata).toEqual({ campaign: 'autumn' });
  });
});
