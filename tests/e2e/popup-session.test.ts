import { resolve } from 'node:path';
import { TOTP } from 'otpauth';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SITES } from '../../demo/demo-sites';
import { readSeedFile } from '../../pool/seed/read-seed-file';
import { type RunningPool, startPool } from '../../pool/start-pool';
import { EXTENSION_URL, launchChromium, press, sendMessage, waitForText } from './support/chromium';
import { addPools, openSignInTab, startSignIn } from './support/popup-sign-in';

/*
 * What the popup offers once signed in (issue 9 item 2), for tom of the demo seed (TOTP MFA), who signs in with
 * the code the vault holds for him, offered at the TOTP step: copying the ID and
 * access tokens, refreshing them, two-step verification turned on and off, this browser remembered as his device
 * so that his next sign-in asks for no code (device SRP), and signing out everywhere after a question, after
 * which the pool refuses his old access token.
 */

const DEMO = DEMO_SITES[0]!;
const TOM_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
let pool: RunningPool;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let popup: Page;
let profileId: string;
type Session = { signedIn: boolean; username?: string; idToken?: string; accessToken?: string };

const session = async () => ((await sendMessage(popup, 'auth.session', { profileId })) as { data: Session }).data;
const tomsCode = (offsetMs = 0) =>
  new TOTP({ secret: TOM_SECRET, digits: 6, period: 30 }).generate({ timestamp: pool.clock.now() + offsetMs });
const clipboard = () => popup.evaluate(() => navigator.clipboard.readText());

/** Asks the pool itself who an access token belongs to (GetUser), as a site's API would. */
async function getUser(accessToken: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const reply = await fetch(pool.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser',
    },
    body: JSON.stringify({ AccessToken: accessToken }),
  });
  return { status: reply.status, body: (await reply.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  pool = await startPool({ port: 0, seed: readSeedFile(resolve('pool/seed/demo.json')) });
  chromium = await launchChromium();
  await chromium.browser
    .defaultBrowserContext()
    .overridePermissions(EXTENSION_URL, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  [profileId] = (await addPools(chromium.browser, [
    { label: 'Demo', userPoolId: DEMO.userPoolId, userPoolClientId: DEMO.userPoolClientId, endpoint: pool.url },
  ])) as [string];
  popup = await openSignInTab(chromium.browser);
  await popup.bringToFront();
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await pool?.stop();
});

describe('signed in, in the popup', () => {
  it('signs tom in with the code the vault holds for him, offered at the TOTP step', async () => {
    const cognito = { userPoolId: DEMO.userPoolId, clientId: DEMO.userPoolClientId, username: 'tom' };
    const uri = `otpauth://totp/Demo:tom?secret=${TOM_SECRET}&issuer=Demo`;
    expect(await sendMessage(popup, 'vault.addEntry', { uri, cognito })).toMatchObject({ ok: true });
    await startSignIn(popup, { username: 'tom', password: 'Tom-pass-1' });
    await waitForText(popup, '#step-title', 'authenticator');
    const offered = await waitForText(popup, '.step .saved-totp .code', '');
    // Read after it was drawn: the period may have turned since, and in a period's last seconds the next is offered.
    expect([tomsCode(-30_000), tomsCode(), tomsCode(30_000)]).toContain(offered.replace(/\s/g, ''));
    await press(popup, '.step .use-code');
    expect(await waitForText(popup, '.session .username', 'tom')).toBe('tom');
    expect(await popup.$eval('.time-left', (element) => element.textContent)).toMatch(/^in \d+ (min|s)$/);
  });

  it('copies the ID token and the access token the session holds, and says which', async () => {
    const { idToken, accessToken } = await session();
    await press(popup, 'button.copy-id');
    expect(await waitForText(popup, '[role="status"]', 'Copied')).toBe('Copied the ID token.');
    expect(await clipboard()).toBe(idToken);
    await press(popup, 'button.copy-access');
    expect(await waitForText(popup, '[role="status"]', 'access token')).toBe('Copied the access token.');
    expect(await clipboard()).toBe(accessToken);
    expect((await getUser(accessToken!)).body).toMatchObject({ Username: 'tom' });
  });

  it('refreshes the tokens with the refresh token', async () => {
    const before = await session();
    await new Promise((done) => setTimeout(done, 1_100)); // a token issued in a later second
    await press(popup, 'button.refresh');
    let after = await session();
    for (let tries = 0; after.accessToken === before.accessToken && tries < 100; tries++) {
      await new Promise((done) => setTimeout(done, 100));
      after = await session();
    }
    expect(after).toMatchObject({ signedIn: true, username: 'tom' });
    expect(after.accessToken).not.toBe(before.accessToken);
    expect((await getUser(after.accessToken!)).body).toMatchObject({ Username: 'tom' });
  });

  it('turns email codes on as a second step, and off again', async () => {
    await press(popup, 'details.account-settings > summary');
    const email = '.mfa-factor[data-factor="EMAIL"]';
    expect(await waitForText(popup, `${email} .mfa-state`, 'Off')).toBe('Off');
    await press(popup, `${email} button.mfa-enable`);
    expect(await waitForText(popup, `${email} .mfa-state`, 'On')).toMatch(/^On/);
    expect(await sendMessage(popup, 'auth.fetchMFAPreference', { profileId })).toMatchObject({
      ok: true,
      data: { enabled: expect.arrayContaining(['TOTP', 'EMAIL']) },
    });
    await press(popup, `${email} button.mfa-disable`);
    expect(await waitForText(popup, `${email} .mfa-state`, 'Off')).toBe('Off');
  });

  it('remembers this browser as tom’s device, so his next sign-in asks for no code', async () => {
    await popup.waitForSelector('.device.current');
    expect(await popup.$eval('.device.current .device-status', (element) => element.textContent)).toBe(
      'Not remembered',
    );
    await press(popup, '.device.current button.device-remember');
    expect(await waitForText(popup, '.device.current .device-status', 'Remembered')).toMatch(/^Remembered/);
    await press(popup, 'button.sign-out');
    await startSignIn(popup, { username: 'tom', password: 'Tom-pass-1' });
    expect(await waitForText(popup, '.session .username', 'tom')).toBe('tom');
  });

  it('signs out everywhere only once asked, and the pool refuses the old access token', async () => {
    const { accessToken } = await session();
    await press(popup, 'button.sign-out-everywhere');
    await popup.waitForSelector('.confirm[role="alertdialog"]');
    expect((await session()).signedIn).toBe(true);
    await press(popup, 'button.confirm-everywhere');
    expect(await waitForText(popup, '[role="status"]', 'every device')).toBe('Signed out on every device.');
    await popup.waitForSelector('form.sign-in');
    expect(await session()).toEqual({ signedIn: false });
    expect(await getUser(accessToken!)).toMatchObject({ status: 400, body: { __type: 'NotAuthorizedException' } });
  });
});
