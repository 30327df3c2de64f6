import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SITES, type DemoSite } from '../../demo/demo-sites';
import type { RunningPool } from '../../pool/start-pool';
import { fill, launchChromium, press, sendMessage, submitForm, waitForText } from './support/chromium';
import { type DemoSite as RunningDemo, startDemoSite } from './support/demo-site';
import { pollUntil } from './support/poll-until';
import { addPools, answerCode, expectSignedInThenSignOut, openSignInTab, startSignIn } from './support/popup-sign-in';
import { addVirtualAuthenticator, type VirtualAuthenticator } from './support/virtual-authenticator';
import { type CognitoRequest, recordCognitoRequests } from './support/worker-requests';

/*
 * Every first factor and every kind of second step, signed in to the end from the popup's own screens against the
 * demo pools (issue 9 item 2), the users `npm start` prints for each: alice with USER_PASSWORD_AUTH, olivia with an
 * email code and no password, chris choosing SMS_OTP and then PASSWORD at the first-factor choice, sam's SMS code,
 * emma's email code, mia's MFA choice, nina's temporary password, and sara setting up email MFA on the pool that
 * requires MFA; then chris again, choosing the password by SRP (PASSWORD_SRP), and his passkey (WEB_AUTHN) once he
 * has added one, the ceremony in the demo site's tab with a DevTools virtual authenticator
 * (docs/browser-testing.md §Passkeys). Codes the pool "sends" are read from its outbox, what the worker sends from
 * its network log.
 */

const [DEMO, MFA_REQUIRED] = DEMO_SITES as [DemoSite, DemoSite];
let site: RunningDemo;
let pool: RunningPool;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let popup: Page;
let profileIds: string[];
let sent: CognitoRequest[];
/** The demo site's tab, where the passkey ceremonies run, and its virtual authenticator. */
let sitePage: Page;
let authenticator: VirtualAuthenticator;

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

/** Whether the pool's first profile (the demo pool) has a signed-in user. */
async function signedIn(): Promise<boolean> {
  const reply = await sendMessage(popup, 'auth.session', { profileId: profileIds[0] });
  return (reply as { data?: { signedIn?: boolean } }).data?.signedIn === true;
}

beforeAll(async () => {
  site = await startDemoSite();
  pool = site.pool;
  chromium = await launchChromium();
  profileIds = await addPools(chromium.browser, [
    {
      label: 'Demo',
      userPoolId: DEMO.userPoolId,
      userPoolClientId: DEMO.userPoolClientId,
      endpoint: pool.url,
      origins: [site.url],
    },
    {
      label: 'MFA required',
      userPoolId: MFA_REQUIRED.userPoolId,
      userPoolClientId: MFA_REQUIRED.userPoolClientId,
      endpoint: pool.url,
    },
  ]);
  sitePage = await chromium.browser.newPage();
  await sitePage.goto(site.url);
  authenticator = await addVirtualAuthenticator(sitePage);
  sent = await recordCognitoRequests(chromium.browser);
  popup = await openSignInTab(chromium.browser);
  await popup.bringToFront();
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await site?.stop();
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

  it('lets chris choose his password by SRP (PASSWORD_SRP) at the first-factor choice', async () => {
    await popup.select('select[name="pool"]', profileIds[0]!);
    sent.length = 0;
    await startSignIn(popup, { flow: 'choose', username: 'chris' });
    await waitForText(popup, '#step-title', 'How do you want to sign in?');
    await press(popup, '.choices button[data-choice="PASSWORD_SRP"]');
    await waitForText(popup, '#step-title', 'Enter your password');
    await fill(popup, '.step input[name="answer"]', 'Chris-pass-1');
    await submitForm(popup, '.step form');
    expect(await expectSignedInThenSignOut(popup, 'chris')).toBe('chris');
    // The password never left the worker: the choice went with SRP_A, then the proof of PASSWORD_VERIFIER.
    const [initiate, choice, verifier] = sent.filter(({ operation }) =>
      ['InitiateAuth', 'RespondToAuthChallenge'].includes(operation),
    );
    expect(initiate!.body).toMatchObject({ AuthFlow: 'USER_AUTH' });
    expect(choice!.body).toMatchObject({
      ChallengeName: 'SELECT_CHALLENGE',
      ChallengeResponses: { ANSWER: 'PASSWORD_SRP', SRP_A: expect.stringMatching(/^[0-9a-f]+$/) },
    });
    expect(verifier!.body).toMatchObject({ ChallengeName: 'PASSWORD_VERIFIER' });
    expect(JSON.stringify(sent)).not.toContain('Chris-pass-1');
  });

  it('lets chris choose his passkey (WEB_AUTHN) at the first-factor choice, once he has added one', async () => {
    await startSignIn(popup, { username: 'chris', password: 'Chris-pass-1' });
    await waitForText(popup, '.session .username', 'chris');
    await press(popup, '::-p-aria(Sidekey: add a passkey)');
    // The ceremony brings the site's tab to the front: the popup behind it is read again only once it is back.
    await pollUntil(
      async () => {
        const { credentials } = await authenticator.cdp.send('WebAuthn.getCredentials', {
          authenticatorId: authenticator.authenticatorId,
        });
        return credentials.length === 1 || undefined;
      },
      'the passkey on the site tab’s authenticator',
      60_000,
    );
    await popup.bringToFront();
    await waitForText(popup, '.passkeys [role="status"]', 'Passkey added');
    await press(popup, 'button.sign-out');
    await startSignIn(popup, { flow: 'choose', username: 'chris' });
    await waitForText(popup, '#step-title', 'How do you want to sign in?');
    expect(await choices(popup)).toContain('WEB_AUTHN');
    await press(popup, '.choices button[data-choice="WEB_AUTHN"]');
    await pollUntil(async () => (await signedIn()) || undefined, 'chris signed in with his passkey', 60_000);
    await popup.bringToFront();
    expect(await waitForText(popup, '.session .username', 'chris')).toBe('chris');
    const used = await popup.waitForSelector('.passkey-last-used time');
    expect(await used!.evaluate((element) => element.getAttribute('datetime'))).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
