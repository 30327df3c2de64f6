import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../pool/support/test-pool';
import { totpNow } from '../pool/support/totp-now';
import { fill, launchChromium, openPage, sendMessage as send, submitForm, waitForText } from './support/chromium';

const PASSPHRASE = 'correct horse battery staple';
const SITE = 'http://localhost:5173';

let pool: TestPool;
let session: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let popup: Page;

beforeAll(async () => {
  pool = await startTestPool({
    mfa: { configuration: 'ON', totp: true },
    users: [{ username: 'walt', password: 'Stop-and-go-1' }],
  });
  session = await launchChromium();
  browser = session.browser;
});
afterAll(async () => {
  await session?.close();
  await pool?.stop();
});

describe('signing in to a user pool from Sidekey’s own pages', () => {
  it('adds the local pool on the settings page', async () => {
    const options = await openPage(browser, 'options.html');
    expect(await send(options, 'vault.setup', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    await options.reload();
    await options.waitForSelector('form.add-pool');
    await fill(options, 'form.add-pool input[name="label"]', 'Local pool');
    await fill(options, 'form.add-pool input[name="userPoolId"]', pool.poolId);
    await fill(options, 'form.add-pool input[name="userPoolClientId"]', pool.clientId);
    await options.$eval('form.add-pool input[name="location"][value="endpoint"]', (radio) =>
      (radio as HTMLInputElement).click(),
    );
    await options.waitForSelector('form.add-pool input[name="userPoolEndpoint"]');
    await fill(options, 'form.add-pool input[name="userPoolEndpoint"]', pool.url);
    await fill(options, 'form.add-pool textarea[name="origins"]', SITE);
    await submitForm(options, 'form.add-pool');
    expect(await waitForText(options, '.pool-label', 'Local pool')).toBe('Local pool');
    expect(await options.$eval('.pool-origins', (element) => element.textContent)).toBe(`Sites: ${SITE}`);
    await options.close();
  });

  it('signs in from the popup through TOTP setup, with the secret saved in Sidekey’s vault', async () => {
    popup = await openPage(browser, 'popup.html');
    await popup.waitForSelector('#tab-accounts');
    await popup.click('#tab-accounts');
    await popup.waitForSelector('form.sign-in');
    await fill(popup, 'form.sign-in input[name="username"]', 'walt');
    await fill(popup, 'form.sign-in input[name="password"]', 'Stop-and-go-1');
    await submitForm(popup, 'form.sign-in');
    await waitForText(popup, '#step-title', 'Set up an authenticator');
    const uri = await popup.$eval('.setup-uri', (input) => (input as HTMLInputElement).value);
    expect(uri).toMatch(/^otpauth:\/\/totp\/Local%20pool:walt\?secret=[A-Z2-7]+&issuer=Local%20pool$/);
    await popup.click('.save-totp');
    await popup.waitForSelector('.saved-totp');

    // The popup's own codes view shows the new entry's code; the pool must accept it.
    await popup.click('#tab-codes');
    await popup.waitForSelector('.code[data-code]');
    const shown = await popup.$eval('.code', (element) => element.getAttribute('data-code'));
    const secret = new URL(uri).searchParams.get('secret')!;
    expect([totpNow(pool, secret), totpNow(pool, secret, -30_000), totpNow(pool, secret, 30_000)]).toContain(shown);

    await popup.click('#tab-accounts');
    await popup.waitForSelector('form.code-form');
    const wrong = shown === '000000' ? '111111' : '000000';
    await fill(popup, 'form.code-form input[name="code"]', wrong);
    await submitForm(popup, 'form.code-form');
    expect(await waitForText(popup, '.accounts [role="alert"]', 'not right')).toBe('That code is not right. ');
    // A fresh code, not `shown`: on a loaded machine the steps above can outlast its period.
    await fill(popup, 'form.code-form input[name="code"]', totpNow(pool, secret));
    await submitForm(popup, 'form.code-form');
    expect(await waitForText(popup, '.session .username', 'walt')).toBe('walt');
    expect(await popup.$eval('.time-left', (element) => element.textContent)).toMatch(/^in \d+ (min|s)$/);
  });

  it('signs out from the popup, back to the sign-in form', async () => {
    const before = await send(popup, 'profiles.list');
    const profileId = (before as { data: Array<{ id: string }> }).data[0]!.id;
    expect(await send(popup, 'auth.session', { profileId })).toMatchObject({ ok: true, data: { signedIn: true } });
    await popup.click('.sign-out');
    await popup.waitForSelector('form.sign-in, .accounts [role="alert"]');
    expect(
      await popup.$eval('.accounts', (element) => element.querySelector('[role="alert"]')?.textContent),
    ).toBeUndefined();
    await popup.waitForSelector('form.sign-in');
    expect(await send(popup, 'auth.session', { profileId })).toEqual({ ok: true, data: { signedIn: false } });
  });
});
