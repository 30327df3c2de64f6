import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../pool/support/test-pool';
import { totpNow } from '../pool/support/totp-now';
import { fill, launchChromium, openPage, sendMessage as send, submitForm, waitForText } from './support/chromium';

const PASSPHRASE = 'correct horse battery staple';

let pool: TestPool;
let session: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

beforeAll(async () => {
  pool = await startTestPool({
    mfa: { configuration: 'ON', totp: true },
    users: [{ username: 'rosa', password: 'Come-back-later-1' }],
  });
  session = await launchChromium();
  browser = session.browser;
});
afterAll(async () => {
  await session?.close();
  await pool?.stop();
});

/** A fresh popup page on its Sign in tab, waiting for the form or a step prompt. */
async function openSignInTab(): Promise<Page> {
  const popup = await openPage(browser, 'popup.html');
  await popup.waitForSelector('#tab-accounts');
  await popup.click('#tab-accounts');
  await popup.waitForSelector('form.sign-in, #step-title');
  return popup;
}

describe('reopening the popup in the middle of a sign-in', () => {
  it('adds the local pool', async () => {
    const options = await openPage(browser, 'options.html');
    expect(await send(options, 'vault.setup', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    const added = await send(options, 'profiles.add', {
      label: 'Local pool',
      userPoolId: pool.poolId,
      userPoolClientId: pool.clientId,
      userPoolEndpoint: pool.url,
    });
    expect(added).toMatchObject({ ok: true });
    await options.close();
  });

  it('shows the same TOTP setup prompt in a new popup page, and the code finishes the sign-in', async () => {
    const first = await openSignInTab();
    await fill(first, 'form.sign-in input[name="username"]', 'rosa');
    await fill(first, 'form.sign-in input[name="password"]', 'Come-back-later-1');
    await submitForm(first, 'form.sign-in');
    await waitForText(first, '#step-title', 'Set up an authenticator');
    const uri = await first.$eval('.setup-uri', (input) => (input as HTMLInputElement).value);
    await first.close(); // the user goes to fetch their phone

    const second = await openSignInTab();
    expect(await waitForText(second, '#step-title', 'Set up an authenticator')).toBe('Set up an authenticator');
    expect(await second.$eval('.signing-in-user', (element) => element.textContent)).toBe('rosa');
    expect(await second.$eval('.setup-uri', (input) => (input as HTMLInputElement).value)).toBe(uri);
    expect(await second.$('form.sign-in')).toBeNull();
    const secret = new URL(uri).searchParams.get('secret')!;
    await fill(second, 'form.code-form input[name="code"]', totpNow(pool, secret));
    await submitForm(second, 'form.code-form');
    expect(await waitForText(second, '.session .username', 'rosa')).toBe('rosa');
    await second.click('.sign-out');
    await second.waitForSelector('form.sign-in');
    await second.close();
  });

  it('forgets the held sign-in on Start again, so the next popup shows the form', async () => {
    const first = await openSignInTab();
    await fill(first, 'form.sign-in input[name="username"]', 'rosa');
    await fill(first, 'form.sign-in input[name="password"]', 'Come-back-later-1');
    await submitForm(first, 'form.sign-in');
    await waitForText(first, '#step-title', 'Enter the code from your authenticator');
    await first.close();

    const second = await openSignInTab();
    await waitForText(second, '#step-title', 'Enter the code from your authenticator');
    await second.click('.start-again');
    await second.waitForSelector('form.sign-in');
    await second.close();

    const third = await openSignInTab();
    expect(await third.$('form.sign-in')).not.toBeNull();
    expect(await third.$('.signing-in-as')).toBeNull();
    await third.close();
  });
});
