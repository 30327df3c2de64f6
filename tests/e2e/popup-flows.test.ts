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

// The popup's account flows against the demo pool, which this file starts for itself: uma (unconfirmed) and rick
// (reset required) are changed here and nowhere else that shares this pool.
let pool: RunningPool;
let session: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let popup: Page;

beforeAll(async () => {
  pool = await startPool({ port: 0, seed: readSeedFile(resolve('pool/seed/demo.json')) });
  session = await launchChromium();
  browser = session.browser;
});
afterAll(async () => {
  await session?.close();
  await pool?.stop();
});

/** How many messages the pool has "sent" so far: a later code is one past this mark. */
const outboxMark = () => pool.outbox.list().length;

/** The code the pool "sent" to `username` after `mark` (the last one, once there is one). */
async function codeFor(username: string, mark: number): Promise<string> {
  const sent = () =>
    pool.outbox
      .list()
      .slice(mark)
      .findLast((message) => message.username === username);
  await expect.poll(sent, { timeout: 15_000 }).toBeDefined();
  return sent()!.code;
}

async function signIn(username: string, password: string): Promise<void> {
  await popup.waitForSelector('form.sign-in');
  await fill(popup, 'form.sign-in input[name="username"]', username);
  await fill(popup, 'form.sign-in input[name="password"]', password);
  await submitForm(popup, 'form.sign-in');
}

async function signOut(): Promise<void> {
  await press(popup, 'button.sign-out');
  await popup.waitForSelector('form.sign-in');
}

const fieldValue = (selector: string) => popup.$eval(selector, (input) => (input as HTMLInputElement).value);
const focusedName = () => popup.evaluate(() => document.activeElement?.getAttribute('name') ?? null);

describe('the popup’s account flows, against the demo pool', () => {
  it('adds the demo pool', async () => {
    const demo = DEMO_SITES[0]!;
    const options = await openPage(browser, 'options.html');
    const added = await send(options, 'profiles.add', {
      label: 'Demo',
      userPoolId: demo.userPoolId,
      userPoolClientId: demo.userPoolClientId,
      userPoolEndpoint: pool.url,
      origins: ['http://localhost:5173'],
    });
    expect(added.ok).toBe(true);
    await options.close();
    popup = await openPage(browser, 'popup.html');
    await press(popup, '#tab-accounts');
    await popup.waitForSelector('form.sign-in');
  });

  it('confirms uma’s unconfirmed account with the code the pool sent and lands her signed in', async () => {
    const mark = outboxMark();
    await signIn('uma', 'Uma-pass-1');
    await popup.waitForSelector('form.confirm-sign-up');
    // Signing in sent nothing: the popup asked for a code, and says where it went.
    const code = await codeFor('uma', mark);
    expect(await waitForText(popup, '.confirm-sign-up .delivery', '@')).toContain('u***@e***');
    await fill(popup, 'form.confirm-sign-up input[name="confirmationCode"]', code);
    await submitForm(popup, 'form.confirm-sign-up');
    expect(await waitForText(popup, '.session .username', 'uma')).toBe('uma');
    await signOut();
  });

  it('shows a wrong reset code at the code field, focused, with the code and both new passwords still typed', async () => {
    const mark = outboxMark();
    await signIn('rick', 'Rick-pass-1');
    // A password that must be reset opens the first half of a reset, his username kept.
    await popup.waitForSelector('form.forgot-password');
    expect(await fieldValue('form.forgot-password input[name="username"]')).toBe('rick');
    await submitForm(popup, 'form.forgot-password');
    await popup.waitForSelector('form.confirm-reset-password');
    const code = await codeFor('rick', mark);
    const wrong = code === '000000' ? '111111' : '000000';
    await fill(popup, 'form.confirm-reset-password input[name="confirmationCode"]', wrong);
    await fill(popup, 'form.confirm-reset-password input[name="newPassword"]', 'Rick-pass-2');
    await fill(popup, 'form.confirm-reset-password input[name="newPasswordRepeat"]', 'Rick-pass-2');
    await submitForm(popup, 'form.confirm-reset-password');

    await popup.waitForSelector('#confirmationCode-error');
    expect(await popup.$eval('input[name="confirmationCode"]', (input) => input.getAttribute('aria-invalid'))).toBe(
      'true',
    );
    expect(await focusedName()).toBe('confirmationCode');
    expect(await fieldValue('input[name="confirmationCode"]')).toBe(wrong);
    expect(await fieldValue('input[name="newPassword"]')).toBe('Rick-pass-2');
    expect(await fieldValue('input[name="newPasswordRepeat"]')).toBe('Rick-pass-2');
  });

  it('resets rick’s password with the right code and signs him in with the new one', async () => {
    const code = await codeFor('rick', 0);
    await fill(popup, 'form.confirm-reset-password input[name="confirmationCode"]', code);
    await submitForm(popup, 'form.confirm-reset-password');
    expect(await waitForText(popup, '.session .username', 'rick')).toBe('rick');
    await signOut();
    // The old password is gone; the new one signs in.
    await signIn('rick', 'Rick-pass-1');
    await popup.waitForSelector('.accounts [role="alert"]');
    await signIn('rick', 'Rick-pass-2');
    expect(await waitForText(popup, '.session .username', 'rick')).toBe('rick');
    await signOut();
  });

  it('creates an account, has the code sent again, confirms it and is signed in without typing the password again', async () => {
    const mark = outboxMark();
    await press(popup, 'button.create-account');
    await popup.waitForSelector('form.sign-up');
    await fill(popup, 'form.sign-up input[name="username"]', 'newbie');
    await fill(popup, 'form.sign-up input[name="email"]', 'newbie@example.com');
    await fill(popup, 'form.sign-up input[name="password"]', 'Newbie-pass-1');
    await fill(popup, 'form.sign-up input[name="passwordRepeat"]', 'Newbie-pass-1');
    await submitForm(popup, 'form.sign-up');
    await popup.waitForSelector('form.confirm-sign-up');
    await codeFor('newbie', mark);
    expect(await waitForText(popup, '.confirm-sign-up .delivery', '@')).toContain('n***@e***');
    // Resend code: the pool sends another, and that one confirms.
    const resent = outboxMark();
    await press(popup, 'button.resend-code');
    const code = await codeFor('newbie', resent);
    await fill(popup, 'form.confirm-sign-up input[name="confirmationCode"]', code);
    await submitForm(popup, 'form.confirm-sign-up');
    expect(await waitForText(popup, '.session .username', 'newbie')).toBe('newbie');
  });
});
