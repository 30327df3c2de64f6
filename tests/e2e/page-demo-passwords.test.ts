import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptBackup } from '../../core/vault/decrypt-backup';
import { type DemoPasswordPolicy, describePasswordPolicy } from '../../demo/describe-password-policy';
import { appears } from './support/appears';
import { type launchChromium, sendMessage } from './support/chromium';
import type { DemoSite } from './support/demo-site';
import { startSidekeyOnDemoSite } from './support/start-sidekey-on-demo-site';

/*
 * New passwords and saved sign-ins on the real Amplify UI Authenticator (the demo site): a temporary password
 * replaced by a generated one (forceNewPassword), a typed sign-in saved or updated once it succeeded, and a
 * sign-up whose sign-in is kept once it is confirmed. Set up only through the documented extension-page messages
 * (docs/messages.md), driven only through the controls' accessible names (docs/automation-contract.md); what the
 * vault holds is read back through the documented messages too (`vault.listLogins`, and `vault.export`'s
 * encrypted backup for the passwords, opened here with its own passphrase).
 */

const VAULT_PASSPHRASE = 'e2e passphrase, not secret';
const BACKUP_PASSPHRASE = 'backup passphrase, not secret';
const POOL = { userPoolId: 'local_Sidekey01', userPoolClientId: 'sidekeydemoclient000000001' };

let site: DemoSite;
let origin: string;
let policy: DemoPasswordPolicy;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let settings: Page;

beforeAll(async () => {
  ({ site, origin, chromium, settings } = await startSidekeyOnDemoSite({ vaultPassphrase: VAULT_PASSPHRASE }));
  // The pool as an administrator describes it (DescribeUserPool), its password policy included.
  policy = await describePasswordPolicy({ userPoolEndpoint: site.poolUrl, userPoolId: POOL.userPoolId });
  const added = await sendMessage(settings, 'profiles.add', {
    ...POOL,
    userPoolEndpoint: site.poolUrl,
    origins: [origin],
    passwordPolicy: policy,
  });
  expect(added).toMatchObject({ ok: true, data: { passwordPolicy: policy } });
  for (const [username, password] of [
    ['nina', 'Temp-pass-1'],
    ['chris', 'Chris-old-pass-1'],
    ['rick', 'Rick-pass-1'],
  ]) {
    expect(await sendMessage(settings, 'vault.addLogin', { username, password, origins: [origin] })).toMatchObject({
      ok: true,
    });
  }
});

afterAll(async () => {
  await chromium?.close();
  await site?.stop();
});

/** The saved sign-ins bound to the demo origin, as `vault.listLogins` lists them (never with passwords). */
async function savedSignIns() {
  const reply = (await sendMessage(settings, 'vault.listLogins', { origin })) as {
    data: { username: string; origins: string[]; cognito: unknown; boundToOrigin: boolean; updatedAt: number }[];
  };
  return reply.data.filter((login) => login.boundToOrigin);
}

/** The password the vault holds for `username` on the demo origin, read from an encrypted backup (`vault.export`). */
async function savedPassword(username: string): Promise<string | undefined> {
  const reply = (await sendMessage(settings, 'vault.export', {
    format: 'backup',
    passphrase: BACKUP_PASSPHRASE,
    vaultPassphrase: VAULT_PASSPHRASE,
  })) as { ok: boolean; data: { content: string } };
  expect(reply.ok).toBe(true);
  const { logins } = await decryptBackup(reply.data.content, BACKUP_PASSPHRASE);
  const login = (logins as { username: string; password: string; origins: string[] }[]).find(
    (candidate) => candidate.username === username && candidate.origins.includes(origin),
  );
  return login?.password;
}

/** The values of the step's password and confirmation once Sidekey filled them. */
async function filledNewPassword(page: Page, step: string): Promise<string> {
  const handle = await page.waitForFunction(
    (root: string) => {
      const value = (name: string) =>
        document.querySelector<HTMLInputElement>(`${root} input[name=${name}]`)?.value ?? '';
      const password = value('password');
      return password.length >= 20 && password === value('confirm_password') ? password : false;
    },
    { timeout: 10_000 },
    `[data-amplify-authenticator-${step}]`,
  );
  return (await handle.jsonValue()) as string;
}

/** Opens the Sidekey control named `control` and picks its menu item named `item`, as a person clicks them. */
async function choose(page: Page, control: string, item: string) {
  await (await appears(page, `::-p-aria(${control})`)).click();
  await (await appears(page, `::-p-aria(${item})`)).click();
}

/** Has the Sidekey control at the new-password `step` suggest a strong password, and returns it once filled. */
async function strongPassword(page: Page, step: string): Promise<string> {
  await choose(page, 'Sidekey: suggest password', 'Sidekey: use a strong password');
  return filledNewPassword(page, step);
}

/** Whether `password` meets the pool's policy as DescribeUserPool gave it. */
function meetsPolicy(password: string): boolean {
  return (
    password.length >= Math.max(20, policy.minimumLength) &&
    (!policy.requireLowercase || /[a-z]/.test(password)) &&
    (!policy.requireUppercase || /[A-Z]/.test(password)) &&
    (!policy.requireNumbers || /[0-9]/.test(password)) &&
    (!policy.requireSymbols || /[^a-zA-Z0-9]/.test(password))
  );
}

/** The demo at its sign-in step (signing out first a user an earlier failed test left signed in). */
async function signInPage(): Promise<Page> {
  const page = await chromium.browser.newPage();
  await page.goto(site.url);
  const shown = await appears(page, '[data-amplify-authenticator-signin] input[name=username], .signed-in');
  if (await shown.evaluate((element) => element.matches('.signed-in'))) await signOut(page);
  return page;
}

/**
 * Types a username and password the way a person does, and sends the form with its own button — once Sidekey's
 * control shows that its filler watches the page (it is injected after the page loads; a person is never faster).
 */
async function typeSignIn(page: Page, username: string, password: string) {
  await appears(page, '::-p-aria(Sidekey: fill sign-in)');
  await page.type('[data-amplify-authenticator-signin] input[name=username]', username);
  await page.type('[data-amplify-authenticator-signin] input[name=password]', password);
  await page.click('[data-amplify-authenticator-signin] button[type=submit]');
}

async function signedInAs(page: Page, username: string) {
  const line = await appears(page, '.signed-in p');
  expect(await line.evaluate((element) => element.textContent)).toContain(`Signed in as ${username}`);
}

async function signOut(page: Page) {
  await (await appears(page, '.signed-in ::-p-text(Sign out)')).click();
  await appears(page, '[data-amplify-authenticator-signin] input[name=username]');
}

/** Asserts no Sidekey control with this name shows up within a few seconds (after the page settled). */
async function neverAppears(page: Page, selector: string) {
  await expect(page.waitForSelector(selector, { visible: true, timeout: 3_000 })).rejects.toThrow();
}

describe('new passwords and saved sign-ins on the Amplify UI demo site', () => {
  it('leaves the saved sign-in as it was when the new-password step fails', async () => {
    const page = await signInPage();
    await choose(page, 'Sidekey: fill sign-in', 'Sidekey: fill and sign in as nina');
    await appears(page, '[data-amplify-authenticator-forcenewpassword] input[name=password]');
    const generated = await strongPassword(page, 'forcenewpassword');
    // Cognito's challenge session lasts 3 minutes (docs/cognito-api.md §5): past it, the pool refuses the answer.
    site.pool.clock.advance?.(4 * 60_000);
    await page.click('[data-amplify-authenticator-forcenewpassword] button[type=submit]');
    await appears(page, '[data-amplify-authenticator-forcenewpassword] [role=alert], .amplify-alert');
    await neverAppears(page, '.signed-in');
    expect(await savedPassword('nina')).toBe('Temp-pass-1');
    expect(generated).not.toBe('Temp-pass-1');
    await page.close();
  });

  it("replaces nina's temporary password with a generated one meeting the pool's policy, and saves it once accepted", async () => {
    const page = await signInPage();
    await choose(page, 'Sidekey: fill sign-in', 'Sidekey: fill and sign in as nina');
    await appears(page, '[data-amplify-authenticator-forcenewpassword] input[name=password]');
    const generated = await strongPassword(page, 'forcenewpassword');
    expect(meetsPolicy(generated)).toBe(true);
    expect(await savedPassword('nina')).toBe('Temp-pass-1');
    await page.click('[data-amplify-authenticator-forcenewpassword] button[type=submit]');
    await signedInAs(page, 'nina');
    await expect.poll(() => savedPassword('nina'), { timeout: 15_000, interval: 1_000 }).toBe(generated);
    expect((await savedSignIns()).filter((login) => login.username === 'nina')).toHaveLength(1);
    // The saved sign-in is the one the pool now holds: Sidekey signs nina in with it.
    await signOut(page);
    await choose(page, 'Sidekey: fill sign-in', 'Sidekey: fill and sign in as nina');
    await signedInAs(page, 'nina');
    await signOut(page);
    await page.close();
  });

  it('offers nothing after a sign-in the pool refused', async () => {
    const page = await signInPage();
    await typeSignIn(page, 'alice', 'Not-her-pass-1');
    await appears(page, '[data-amplify-authenticator-signin] [role=alert], .amplify-alert');
    await neverAppears(page, '::-p-aria(Sidekey: save sign-in)');
    expect((await savedSignIns()).map((login) => login.username)).not.toContain('alice');
    await page.close();
  });

  it('offers to save a typed sign-in once it succeeded, and saves it bound to the site and the pool', async () => {
    const page = await signInPage();
    await typeSignIn(page, 'alice', 'Alice-pass-1');
    await signedInAs(page, 'alice');
    await choose(page, 'Sidekey: save sign-in', 'Sidekey: save sign-in for alice');
    await expect
      .poll(async () => (await savedSignIns()).find((login) => login.username === 'alice'), { timeout: 10_000 })
      .toMatchObject({
        origins: [origin],
        cognito: { userPoolId: POOL.userPoolId, clientId: POOL.userPoolClientId, username: 'alice' },
      });
    expect(await savedPassword('alice')).toBe('Alice-pass-1');
    await signOut(page);
    await page.close();
  });

  it('offers to update a saved sign-in whose password differs from the one that just worked', async () => {
    const page = await signInPage();
    await typeSignIn(page, 'chris', 'Chris-pass-1');
    await signedInAs(page, 'chris');
    await choose(page, 'Sidekey: update saved sign-in', 'Sidekey: update saved sign-in for chris');
    await expect.poll(() => savedPassword('chris'), { timeout: 15_000, interval: 1_000 }).toBe('Chris-pass-1');
    expect((await savedSignIns()).filter((login) => login.username === 'chris')).toHaveLength(1);
    await signOut(page);
    await page.close();
  });

  it('creates the sign-up’s saved sign-in with its generated password only once the sign-up is confirmed', async () => {
    const page = await signInPage();
    await (await appears(page, '::-p-text(Create Account)')).click();
    const form = '[data-amplify-authenticator-signup]';
    await appears(page, `${form} input[name=username]`);
    await appears(page, '::-p-aria(Sidekey: suggest password)');
    await page.type(`${form} input[name=username]`, 'sidney');
    await page.type(`${form} input[name=email]`, 'sidney@example.com');
    const generated = await strongPassword(page, 'signup');
    expect(meetsPolicy(generated)).toBe(true);
    await page.click(`${form} button[type=submit]`);
    await appears(page, '[data-amplify-authenticator-confirmsignup] input[name=confirmation_code]');
    await neverAppears(page, '::-p-aria(Sidekey: save sign-in)');
    expect((await savedSignIns()).map((login) => login.username)).not.toContain('sidney');
    const sent = site.pool.outbox.list().findLast((message) => message.username === 'sidney');
    expect(sent?.code).toMatch(/^\d{6}$/);
    await page.type('[data-amplify-authenticator-confirmsignup] input[name=confirmation_code]', sent!.code);
    await page.click('[data-amplify-authenticator-confirmsignup] button[type=submit]');
    await signedInAs(page, 'sidney');
    await expect.poll(() => savedPassword('sidney'), { timeout: 15_000, interval: 1_000 }).toBe(generated);
    await signOut(page);
    await page.close();
  });

  it('offers to update the saved sign-in with a reset’s generated password once the reset is done', async () => {
    const page = await signInPage();
    await choose(page, 'Sidekey: fill sign-in', 'Sidekey: fill and sign in as rick');
    // rick must reset his password: the Authenticator asks for the code the pool sent and a new password.
    const form = '[data-amplify-authenticator-confirmresetpassword]';
    await appears(page, `${form} input[name=confirmation_code]`);
    const generated = await strongPassword(page, 'confirmresetpassword');
    expect(meetsPolicy(generated)).toBe(true);
    const sent = site.pool.outbox.list().findLast((message) => message.username === 'rick');
    await page.type(`${form} input[name=confirmation_code]`, sent!.code);
    await page.click(`${form} button[type=submit]`);
    await appears(page, '[data-amplify-authenticator-signin] input[name=username]');
    // Back at sign-in looks the same after a reset as after giving up: Sidekey asks rather than keeps.
    expect(await savedPassword('rick')).toBe('Rick-pass-1');
    await choose(page, 'Sidekey: update saved sign-in', 'Sidekey: update saved sign-in for rick');
    await expect.poll(() => savedPassword('rick'), { timeout: 15_000, interval: 1_000 }).toBe(generated);
    await choose(page, 'Sidekey: fill sign-in', 'Sidekey: fill and sign in as rick');
    await signedInAs(page, 'rick');
    await signOut(page);
    await page.close();
  });
});
