import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SITES } from '../../demo/demo-sites';
import { readSeedFile } from '../../pool/seed/read-seed-file';
import { type RunningPool, startPool } from '../../pool/start-pool';
import {
  fill,
  launchChromium,
  openPage,
  press,
  sendMessage as send,
  submitForm,
  waitForText,
} from './support/chromium';

// hank of the demo seed is this test's alone: no other browser test signs him in or changes him.
const USER = 'hank';
const OLD_PASSWORD = 'Hank-pass-1';
const NEW_PASSWORD = 'Hank-pass-2';
const SITE = 'http://localhost:5173';

let pool: RunningPool;
let session: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let popup: Page;
let profileId: string;
let secret: string;

type Entry = { id: string; code: string; periodEndsAt: number; cognito: { username: string } | null };
type Login = { id: string; username: string; updatedAt: number };

beforeAll(async () => {
  pool = await startPool({ port: 0, seed: readSeedFile(resolve('pool/seed/demo.json')) });
  session = await launchChromium();
  browser = session.browser;
});
afterAll(async () => {
  await session?.close();
  await pool?.stop();
});

async function codes(page: Page): Promise<Entry[]> {
  const reply = await send(page, 'vault.listCodes');
  expect(reply.ok).toBe(true);
  return reply.data as Entry[];
}

async function signIn(page: Page, password: string): Promise<void> {
  await page.waitForSelector('form.sign-in');
  await fill(page, 'form.sign-in input[name="username"]', USER);
  await fill(page, 'form.sign-in input[name="password"]', password);
  await submitForm(page, 'form.sign-in');
}

describe('account settings from the popup, against the demo pool', () => {
  it('signs hank in from the popup with a saved sign-in bound to his account', async () => {
    const demo = DEMO_SITES[0]!;
    const options = await openPage(browser, 'options.html');
    expect(await send(options, 'vault.setup', { passphrase: 'e2e passphrase, not secret' })).toMatchObject({
      ok: true,
    });
    const added = await send(options, 'profiles.add', {
      label: 'Demo',
      userPoolId: demo.userPoolId,
      userPoolClientId: demo.userPoolClientId,
      userPoolEndpoint: pool.url,
      origins: [SITE],
    });
    expect(added.ok).toBe(true);
    profileId = (added.data as { id: string }).id;
    const cognito = { userPoolId: demo.userPoolId, clientId: demo.userPoolClientId, username: USER };
    expect(
      await send(options, 'vault.addLogin', { username: USER, password: OLD_PASSWORD, origins: [SITE], cognito }),
    ).toMatchObject({ ok: true });
    await options.close();

    popup = await openPage(browser, 'popup.html');
    await press(popup, '#tab-accounts');
    await signIn(popup, OLD_PASSWORD);
    expect(await waitForText(popup, '.session .username', USER)).toBe(USER);
    await press(popup, 'details.account-settings > summary');
    expect(await waitForText(popup, '.mfa-factor[data-factor="TOTP"] .mfa-state', 'Off')).toBe('Off');
  });

  it('sets up an authenticator app: the key lands in the vault bound to hank, its code verifies, TOTP is preferred', async () => {
    await press(popup, 'button.totp-start');
    await popup.waitForSelector('img.totp-qr');
    secret = await popup.$eval('.totp-secret', (element) => element.textContent ?? '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    const entry = (await codes(popup)).find((candidate) => candidate.cognito?.username === USER);
    expect(entry).toBeDefined();
    const shown = await popup.$eval(
      'form.totp-verify input[name="code"]',
      (input) => (input as HTMLInputElement).value,
    );
    expect(shown).toMatch(/^\d{6}$/);
    await submitForm(popup, 'form.totp-verify');
    await press(popup, 'button.totp-prefer');
    expect(await waitForText(popup, '.mfa-factor[data-factor="TOTP"] .mfa-state', 'preferred')).toBe('On, preferred');
    expect(await send(popup, 'auth.fetchMFAPreference', { profileId })).toEqual({
      ok: true,
      data: { enabled: ['TOTP'], preferred: 'TOTP' },
    });
  });

  it('lists the devices with this browser marked, and forgets it once confirmed', async () => {
    await popup.waitForSelector('.device.current');
    const name = await popup.$eval('.device.current .device-name', (element) => element.textContent ?? '');
    await press(popup, `button[aria-label="Sidekey: forget device ${name}"]`);
    await press(popup, `button[aria-label="Sidekey: confirm forgetting device ${name}"]`);
    expect(await waitForText(popup, '.devices .status', 'forgotten')).toBe('The device is forgotten.');
    expect(await send(popup, 'auth.fetchDevices', { profileId })).toEqual({ ok: true, data: [] });
  });

  it('changes the password and only then updates the saved sign-in', async () => {
    const before = ((await send(popup, 'vault.listLogins')).data as Login[]).find((login) => login.username === USER)!;
    await fill(popup, 'form.change-password-form input[name="oldPassword"]', 'Wrong-pass-9');
    await fill(popup, 'form.change-password-form input[name="newPassword"]', NEW_PASSWORD);
    await fill(popup, 'form.change-password-form input[name="repeatPassword"]', NEW_PASSWORD);
    await submitForm(popup, 'form.change-password-form');
    await popup.waitForSelector('#oldPassword-error');
    const unchanged = ((await send(popup, 'vault.listLogins')).data as Login[]).find((login) => login.id === before.id);
    expect(unchanged?.updatedAt).toBe(before.updatedAt);

    await fill(popup, 'form.change-password-form input[name="oldPassword"]', OLD_PASSWORD);
    await fill(popup, 'form.change-password-form input[name="newPassword"]', NEW_PASSWORD);
    await fill(popup, 'form.change-password-form input[name="repeatPassword"]', NEW_PASSWORD);
    await submitForm(popup, 'form.change-password-form');
    expect(await waitForText(popup, '.change-password .status', 'Password changed')).toBe(
      'Password changed, and Sidekey’s saved sign-in updated.',
    );
    const after = ((await send(popup, 'vault.listLogins')).data as Login[]).find((login) => login.id === before.id);
    expect(after!.updatedAt).toBeGreaterThan(before.updatedAt);
  });

  it('signs out and in again with the new password, the TOTP step answered from the vault', async () => {
    await press(popup, 'button.sign-out');
    await signIn(popup, OLD_PASSWORD);
    await popup.waitForSelector('.accounts [role="alert"]');
    expect(await send(popup, 'auth.session', { profileId })).toMatchObject({ ok: true, data: { signedIn: false } });

    // The code used to verify may not be used again: wait for the vault's next period.
    const entry = (await codes(popup)).find((candidate) => candidate.cognito?.username === USER)!;
    await new Promise((done) => setTimeout(done, Math.max(0, entry.periodEndsAt - Date.now()) + 1_000));
    await signIn(popup, NEW_PASSWORD);
    await popup.waitForSelector('form.code-form');
    const fresh = (await codes(popup)).find((candidate) => candidate.id === entry.id)!;
    expect(fresh.code).not.toBe(entry.code);
    await fill(popup, 'form.code-form input[name="code"]', fresh.code);
    await submitForm(popup, 'form.code-form');
    expect(await waitForText(popup, '.session .username', USER)).toBe(USER);
  });
});
