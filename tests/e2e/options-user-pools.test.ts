import { createServer } from 'node:net';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../pool/support/test-pool';
import {
  fill,
  launchChromium,
  openPage,
  press,
  sendMessage as send,
  submitForm,
  waitForText,
} from './support/chromium';

const PASSPHRASE = 'correct horse battery staple';
const SITE = 'http://localhost:5173';
const SECOND_SITE = 'http://localhost:5174';

let pool: TestPool;
let session: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let options: Page;
let profileId: string;

/** A loopback port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Fills the add form for a pool on another endpoint and submits it. */
async function addOnEndpoint(pool: { label: string; poolId: string; clientId: string; url: string }) {
  await fill(options, 'form.add-pool input[name="label"]', pool.label);
  await fill(options, 'form.add-pool input[name="userPoolId"]', pool.poolId);
  await fill(options, 'form.add-pool input[name="userPoolClientId"]', pool.clientId);
  await press(options, 'form.add-pool input[name="location"][value="endpoint"]');
  await options.waitForSelector('form.add-pool input[name="userPoolEndpoint"]');
  await fill(options, 'form.add-pool input[name="userPoolEndpoint"]', pool.url);
  await submitForm(options, 'form.add-pool');
}

const storedPools = async () =>
  ((await send(options, 'profiles.list')) as { data: Array<{ id: string; label: string; origins: string[] }> }).data;

beforeAll(async () => {
  pool = await startTestPool({ users: [{ username: 'walt', password: 'Stop-and-go-1' }] });
  session = await launchChromium();
  browser = session.browser;
});
afterAll(async () => {
  await session?.close();
  await pool?.stop();
});

describe('the settings page’s user pools', () => {
  it('is where the popup’s “Add one in Settings” leads, opened on the user pools', async () => {
    options = await openPage(browser, 'options.html');
    expect(await send(options, 'vault.setup', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    const popup = await openPage(browser, 'popup.html');
    await press(popup, '#tab-accounts');
    await popup.waitForSelector('.accounts-empty a');
    const href = await popup.$eval('.accounts-empty a', (link) => (link as HTMLAnchorElement).href);
    expect(href).toMatch(/^chrome-extension:\/\/[a-p]{32}\/options\.html#user-pools$/);
    await popup.close();
    await options.bringToFront();
    await options.goto(href);
    await options.waitForSelector('form.add-pool');
    expect(await waitForText(options, '.options-nav [aria-current="location"]', 'User pools')).toBe('User pools');
    expect(await options.$eval('.user-pools .empty', (element) => element.textContent)).toBe('No user pools yet.');
  });

  it('adds the local pool on another endpoint, warned that it is not Amazon Cognito', async () => {
    await addOnEndpoint({ label: 'Local pool', poolId: pool.poolId, clientId: pool.clientId, url: pool.url });
    expect(await options.$eval('form.add-pool .pool-location [role="note"]', (note) => note.textContent)).toContain(
      'which is not Amazon Cognito',
    );
    expect(await waitForText(options, '.pool-label', 'Local pool')).toBe('Local pool');
    const [stored] = await storedPools();
    profileId = stored!.id;
    expect(
      await send(options, 'auth.signIn', { profileId, username: 'walt', password: 'Stop-and-go-1' }),
    ).toMatchObject({ ok: true, data: { isSignedIn: true } });
  });

  it('edits it — a new name and sites — and walt stays signed in', async () => {
    await press(options, `.pool[data-pool-id="${profileId}"] .edit`);
    await options.waitForSelector('form.edit-pool');
    expect(
      await options.$eval('form.edit-pool input[name="userPoolId"]', (input) => (input as HTMLInputElement).value),
    ).toBe(pool.poolId);
    await fill(options, 'form.edit-pool input[name="label"]', 'Local pool, renamed');
    await fill(options, 'form.edit-pool textarea[name="origins"]', `${SITE}\n${SECOND_SITE}`);
    expect(await options.$('form.edit-pool .ends-session')).toBeNull();
    await submitForm(options, 'form.edit-pool');
    expect(await waitForText(options, '.pool-label', 'renamed')).toBe('Local pool, renamed');
    expect(await options.$('form.edit-pool')).toBeNull();
    expect(await storedPools()).toEqual([
      expect.objectContaining({ id: profileId, label: 'Local pool, renamed', origins: [SITE, SECOND_SITE] }),
    ]);
    expect(await send(options, 'auth.session', { profileId })).toMatchObject({ ok: true, data: { signedIn: true } });
  });

  it('says an edit of the app client would end the session, and Cancel keeps the pool as it was', async () => {
    await press(options, `.pool[data-pool-id="${profileId}"] .edit`);
    await fill(options, 'form.edit-pool input[name="userPoolClientId"]', 'someotherclient');
    expect(await waitForText(options, 'form.edit-pool .ends-session', 'signs the pool’s user out')).toContain(
      'signs the pool’s user out',
    );
    await press(options, 'form.edit-pool .cancel-edit');
    await options.waitForSelector(`.pool[data-pool-id="${profileId}"] .edit`);
    expect((await storedPools())[0]).toMatchObject({ label: 'Local pool, renamed' });
    expect(await send(options, 'auth.session', { profileId })).toMatchObject({ ok: true, data: { signedIn: true } });
  });

  it('refuses a pool id the server does not have, at the pool id field', async () => {
    const [region] = pool.poolId.split('_');
    await addOnEndpoint({ label: 'Nowhere', poolId: `${region}_NoSuchPool1`, clientId: pool.clientId, url: pool.url });
    const error = await waitForText(options, 'form.add-pool #pool-userPoolId-error', 'no such user pool');
    expect(error).toBe('The pool’s server has no such user pool. Check the pool id (its region comes first).');
    expect(
      await options.$eval('form.add-pool input[name="userPoolId"]', (input) => input.getAttribute('aria-invalid')),
    ).toBe('true');
    expect(await storedPools()).toHaveLength(1);
  });

  it('adds a pool whose server does not answer only after “Add anyway”', async () => {
    const unreachable = `http://127.0.0.1:${await closedPort()}/`;
    await addOnEndpoint({ label: 'Unreachable', poolId: 'local_Unreached1', clientId: 'client9', url: unreachable });
    await waitForText(options, 'form.add-pool .save-unchecked', 'Add anyway');
    expect(await options.$eval('form.add-pool > .status.error', (element) => element.textContent)).toContain(
      'could not reach the pool’s server',
    );
    expect(await storedPools()).toHaveLength(1);
    await press(options, 'form.add-pool .save-unchecked');
    expect(await waitForText(options, '.pool-label', 'Unreachable')).toBe('Unreachable');
    expect((await storedPools()).map((stored) => stored.label)).toEqual(['Local pool, renamed', 'Unreachable']);
  });

  it('removes a pool only once the removal is confirmed, and walt’s session goes with it', async () => {
    const row = `.pool[data-pool-id="${profileId}"]`;
    await press(options, `${row} .remove`);
    await press(options, `${row} .cancel-remove`);
    expect(await storedPools()).toHaveLength(2);
    await press(options, `${row} .remove`);
    await press(options, `${row} .confirm-remove`);
    await expect
      .poll(async () => (await storedPools()).map((stored) => stored.label), { timeout: 10_000 })
      .toEqual(['Unreachable']);
    await expect.poll(() => options.$(row), { timeout: 10_000 }).toBeNull();
    expect(await send(options, 'auth.session', { profileId })).toMatchObject({ ok: false });
  });
});
