import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SITES, type DemoSite } from '../../demo/demo-sites';
import { readSeedFile } from '../../pool/seed/read-seed-file';
import { type RunningPool, startPool } from '../../pool/start-pool';
import { fill, launchChromium, sendMessage, submitForm, waitForText } from './support/chromium';
import {
  addPools,
  answerCode,
  expectSignedInThenSignOut,
  openSignInTab,
  press,
  startSignIn,
} from './support/popup-sign-in';

/*
 * Every first factor and every kind of second step, signed in to the end from the popup's own screens against the
 * demo pools (issue 9 item 2), the users `npm start` prints for each: alice with USER_PASSWORD_AUTH, olivia with an
 * email code and no password, chris choosing SMS_OTP and then PASSWORD at the first-factor choice, sam's SMS code,
 * emma's email code, mia's MFA choice, nina's temporary password, and sara setting up email MFA on the pool that
 * requires MFA. Codes the pool "sends" are read from its outbox.
 */

const [DEMO, MFA_REQUIRED] = DEMO_SITES as [DemoSite, DemoSite];
let pool: RunningPool;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let popup: Page;
let profileIds: string[];

/** The last code the pool "sent" to `username`, once it is there. */
async function sentCode(username: string): Promise<string> {
  await expect
    .poll(() => pool.outbox.list().some((message) => message.username === username), { timeout: 10_000 })
    .toBe(true);
  return pool.outbox.list().findLast((message) => message.username === username)!.code;
}

/** The choices a step offers, by the answer each sends. */
const choices = (page: Page) =>
  page.$$eval('.choices button', (buttons) => buttons.map((button) => button.getAttribute('data-choice')));

beforeAll(async () => {
  pool = await startPool({ port: 0, seed: readSeedFile(resolve('pool/seed/demo.json')) });
  chromium = await launchChromium();
  profileIds = await addPools(chromium.browser, [
    { label: 'Demo', userPoolId: DEMO.userPoolId, userPoolClientId: DEMO.userPoolClientId, endpoint: pool.url },
    {
      label: 'MFA required',
      userPoolId: MFA_REQUIRED.userPoolId,
      userPoolClientId: MFA_REQUIRED.userPoolClientId,
      endpoint: pool.url,
    },
  ]);
  popup = await openSignInTab(chromium.browser);
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await pool?.stop();
});

describe('first factors and second steps from the popup', () => {
  it('signs alice in with USER_PASSWORD_AUTH', async () => {
    await startSignIn(popup, { flow: 'password', username: 'alice', password: 'Alice-pass-1' });
    expect(await expectSignedInThenSignOut(popup, 'alice')).toBe('alice');
  });

  it('signs olivia in with an email code and no password', async () => {
    await startSignIn(popup, { flow: 'email', username: 'olivia' });
    await waitForText(popup, '#step-title', 'email');
    expect(await popup.$eval('.delivery', (element) => element.textContent)).toMatch(/o\*+@/);
    await answerCode(popup, 'code from the email', await sentCode('olivia'));
    expect(await expectSignedInThenSignOut(popup, 'olivia')).toBe('olivia');
  });

  it('lets chris choose an SMS code at the first-factor choice', async () => {
    await startSignIn(popup, { flow: 'choose', username: 'chris' });
    await waitForText(popup, '#step-title', 'How do you want to sign in?');
    expect(await choices(popup)).toEqual(expect.arrayContaining(['PASSWORD', 'EMAIL_OTP', 'SMS_OTP']));
    await press(popup, '.choices button[data-choice="SMS_OTP"]');
    await answerCode(popup, 'code from the text message', await sentCode('chris'));
    expect(await expectSignedInThenSignOut(popup, 'chris')).toBe('chris');
    expect(pool.outbox.list().findLast((message) => message.username === 'chris')!.channel).toBe('SMS');
  });

  it('lets chris choose his password at the first-factor choice, asked for on its own step', async () => {
    await startSignIn(popup, { flow: 'choose', username: 'chris' });
    await press(popup, '.choices button[data-choice="PASSWORD"]');
    await waitForText(popup, '#step-title', 'Enter your password');
    await fill(popup, '.step input[name="answer"]', 'Chris-pass-1');
    await submitForm(popup, '.step form');
    expect(await expectSignedInThenSignOut(popup, 'chris')).toBe('chris');
  });

  it('asks sam for the code sent by text message', async () => {
    await startSignIn(popup, { username: 'sam', password: 'Sam-pass-1' });
    await answerCode(popup, 'code from the text message', await sentCode('sam'));
    expect(await expectSignedInThenSignOut(popup, 'sam')).toBe('sam');
  });

  it('asks emma for the code sent by email', async () => {
    await startSignIn(popup, { username: 'emma', password: 'Emma-pass-1' });
    await answerCode(popup, 'code from the email', await sentCode('emma'));
    expect(await expectSignedInThenSignOut(popup, 'emma')).toBe('emma');
  });

  it('lets mia choose between her authenticator and an email code, and signs her in by email', async () => {
    await startSignIn(popup, { username: 'mia', password: 'Mia-pass-1' });
    await waitForText(popup, '#step-title', 'How do you want to confirm it is you?');
    expect(await choices(popup)).toEqual(['TOTP', 'EMAIL']);
    await press(popup, '.choices button[data-choice="EMAIL"]');
    await answerCode(popup, 'code from the email', await sentCode('mia'));
    expect(await expectSignedInThenSignOut(popup, 'mia')).toBe('mia');
  });

  it('replaces nina’s temporary password with her new one', async () => {
    await startSignIn(popup, { username: 'nina', password: 'Temp-pass-1' });
    await popup.waitForSelector('.step input[name="new-password"]');
    await fill(popup, '.step input[name="new-password"]', 'Nina-new-pass-1');
    await submitForm(popup, '.step form');
    expect(await expectSignedInThenSignOut(popup, 'nina')).toBe('nina');
    await startSignIn(popup, { username: 'nina', password: 'Nina-new-pass-1' });
    expect(await expectSignedInThenSignOut(popup, 'nina')).toBe('nina');
  });

  it('sets up email codes for sara where the pool requires MFA, and she signs in with one', async () => {
    await popup.select('select[name="pool"]', profileIds[1]!);
    await startSignIn(popup, { username: 'sara', password: 'Sara-pass-1!' });
    await waitForText(popup, '#step-title', 'Set up a second step');
    expect(await choices(popup)).toEqual(expect.arrayContaining(['TOTP', 'EMAIL']));
    await press(popup, '.choices button[data-choice="EMAIL"]');
    await waitForText(popup, '#step-title', 'Set up email codes');
    await fill(popup, '.step input[name="answer"]', 'sara@example.com');
    await submitForm(popup, '.step form');
    await answerCode(popup, 'code from the email', await sentCode('sara'));
    expect(await expectSignedInThenSignOut(popup, 'sara')).toBe('sara');
    expect(await sendMessage(popup, 'auth.session', { profileId: profileIds[1] })).toEqual({
      ok: true,
      data: { signedIn: false },
    });
  });
});
