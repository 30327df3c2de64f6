import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDemoPool } from './support/add-demo-pool';
import { fill, launchChromium, openPage, sendMessage, submitForm, waitForText } from './support/chromium';
import { type DemoSite, startDemoSite } from './support/demo-site';
import { pollUntil } from './support/poll-until';
import { addVirtualAuthenticator, credentialsOn, type VirtualAuthenticator } from './support/virtual-authenticator';

/*
 * Passkeys from Sidekey's popup for pat on the demo site's pool (RP id `localhost`), the way a person does it:
 * signed in with the password, "Sidekey: add a passkey" — the ceremony runs in the demo site's own tab, where the
 * browser answers for the site's origin (never in the popup, whose chrome-extension:// origin Cognito refuses) —
 * then signed out and in again with the passkey (USER_AUTH + WEB_AUTHN), then the passkey deleted; then the same
 * from the settings page's user pools, for the account signed in to the pool. The site's tab
 * carries a DevTools virtual authenticator (docs/browser-testing.md §Passkeys).
 */

let site: DemoSite;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let popup: Page;
/** The settings page, opened once the popup's part is done. */
let settings: Page;
type PasskeysReply = { data: Array<{ credentialId: string; relyingPartyId?: string }> };
let sitePage: Page;
let authenticator: VirtualAuthenticator;
let profileId: string;

const credentialsOnDevice = () => credentialsOn(authenticator);

/**
 * Waits for `check` in half-second rounds. The ceremony brings the site's tab to the front, and a background tab
 * runs no animation frames, so the popup is read only once it is in front again.
 */
async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting.');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function signedIn(): Promise<boolean> {
  const reply = await sendMessage(popup, 'auth.session', { profileId });
  return (reply as { data?: { signedIn?: boolean } }).data?.signedIn === true;
}

beforeAll(async () => {
  site = await startDemoSite();
  chromium = await launchChromium();
  popup = await openPage(chromium.browser, 'options.html');
  profileId = await addDemoPool(popup, site);
  sitePage = await chromium.browser.newPage();
  await sitePage.goto(site.url);
  authenticator = await addVirtualAuthenticator(sitePage);
  await popup.goto(popup.url().replace('options.html', 'popup.html'));
  await popup.bringToFront();
  await popup.waitForSelector('#tab-accounts');
  await popup.click('#tab-accounts');
  await popup.waitForSelector('form.sign-in');
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await site?.stop();
});

describe('passkeys from the popup and the settings page, run in the demo site’s tab', () => {
  it('signs pat in with the password and shows that pat has no passkey yet', async () => {
    await fill(popup, 'form.sign-in input[name="username"]', 'pat');
    await fill(popup, 'form.sign-in input[name="password"]', 'Pat-pass-1');
    await submitForm(popup, 'form.sign-in');
    expect(await waitForText(popup, '.session .username', 'pat')).toBe('pat');
    expect(await waitForText(popup, '.passkeys-empty', 'No passkeys')).toBe('No passkeys yet.');
  });

  it('adds a passkey made in the site’s tab, listed with its name, date and authenticator', async () => {
    await (await popup.waitForSelector('::-p-aria(Sidekey: add a passkey)'))!.click();
    await until(async () => (await credentialsOnDevice()).length === 1);
    await popup.bringToFront();
    await waitForText(popup, '.passkeys [role="status"]', 'Passkey added');
    const row = await popup.waitForSelector('.passkey');
    expect(await row!.$eval('.passkey-name', (element) => element.textContent)).toBe('Passkey');
    expect(await row!.$eval('.passkey-created time', (element) => element.getAttribute('datetime'))).toMatch(
      /^\d{4}-\d\d-\d\dT/,
    );
    expect(await row!.$eval('.passkey-last-used', (element) => element.textContent)).toBe('never');
    expect(await row!.$eval('.passkey-authenticator', (element) => element.textContent)).toBe('This device');
    // The key lives in the site tab's authenticator, and the pool holds it for the site's origin.
    const onDevice = await credentialsOnDevice();
    expect(onDevice).toHaveLength(1);
    const listed = await sendMessage(popup, 'auth.listPasskeys', { profileId });
    expect(listed).toMatchObject({ ok: true, data: [{ relyingPartyId: 'localhost' }] });
    const credentialId = (listed as { data: Array<{ credentialId: string }> }).data[0]!.credentialId;
    expect(Buffer.from(onDevice[0]!.credentialId, 'base64').toString('base64url')).toBe(credentialId);
  });

  it('signs pat out, then in again with the passkey (USER_AUTH + WEB_AUTHN) from the popup', async () => {
    await popup.bringToFront();
    await popup.click('.sign-out');
    await popup.waitForSelector('form.sign-in');
    await popup.select('form.sign-in select[name="flow"]', 'passkey');
    await fill(popup, 'form.sign-in input[name="username"]', 'pat');
    await submitForm(popup, 'form.sign-in');
    await until(signedIn);
    await popup.bringToFront();
    expect(await waitForText(popup, '.session .username', 'pat')).toBe('pat');
    const used = await popup.waitForSelector('.passkey-last-used time');
    expect(await used!.evaluate((element) => element.getAttribute('datetime'))).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await sendMessage(popup, 'auth.session', { profileId })).toMatchObject({
      ok: true,
      data: { signedIn: true, username: 'pat' },
    });
  });

  it('deletes the passkey after asking, and the pool no longer lists it', async () => {
    await popup.bringToFront();
    const label = await popup.$eval('.passkey-delete', (button) => button.getAttribute('aria-label') ?? '');
    expect(label).toMatch(/^Sidekey: delete passkey Passkey, added /);
    await (await popup.waitForSelector(`::-p-aria(${label})`))!.click();
    const confirm = label.replace('Sidekey: delete passkey', 'Sidekey: confirm deleting passkey');
    await (await popup.waitForSelector(`::-p-aria(${confirm})`))!.click();
    expect(await waitForText(popup, '.passkeys-empty', 'No passkeys')).toBe('No passkeys yet.');
    expect(await sendMessage(popup, 'auth.listPasskeys', { profileId })).toEqual({ ok: true, data: [] });
  });

  it('adds a passkey from the settings page too, for the account signed in there', async () => {
    settings = await openPage(chromium.browser, 'options.html#user-pools');
    await settings.bringToFront();
    await waitForText(settings, 'select[name="passkeyAccount"] option', 'pat');
    expect(await settings.$eval('select[name="passkeyAccount"] option', (option) => option.textContent)).toBe(
      'Demo: pat',
    );
    expect(await waitForText(settings, '.passkeys-empty', 'No passkeys')).toBe('No passkeys yet.');
    await (await settings.waitForSelector('::-p-aria(Sidekey: add a passkey)'))!.click();
    // The authenticator keeps one resident key per user of a site, so the new one replaces the first on the device.
    const listed = async () => (await sendMessage(settings, 'auth.listPasskeys', { profileId })) as PasskeysReply;
    await until(async () => (await listed()).data.length === 1);
    await settings.bringToFront();
    await waitForText(settings, '.passkeys [role="status"]', 'Passkey added');
    const [passkey] = (await listed()).data;
    expect(passkey).toMatchObject({ relyingPartyId: 'localhost' });
    const onDevice = await credentialsOnDevice();
    expect(onDevice.map((key) => Buffer.from(key.credentialId, 'base64').toString('base64url'))).toContain(
      passkey!.credentialId,
    );
    // "Passkey added" is said before the page lists the passkeys again: the row shows once that answer is in.
    const shownId = await pollUntil(
      () => settings.$eval('.passkey', (row) => row.getAttribute('data-credential-id') ?? undefined),
      'the added passkey in the settings page’s list',
    );
    expect(shownId).toBe(passkey!.credentialId);
  });

  it('deletes it from the settings page after asking', async () => {
    await settings.bringToFront();
    const label = await settings.$eval('.passkey-delete', (button) => button.getAttribute('aria-label') ?? '');
    await (await settings.waitForSelector(`::-p-aria(${label})`))!.click();
    const confirm = label.replace('Sidekey: delete passkey', 'Sidekey: confirm deleting passkey');
    await (await settings.waitForSelector(`::-p-aria(${confirm})`))!.click();
    expect(await waitForText(settings, '.passkeys-empty', 'No passkeys')).toBe('No passkeys yet.');
    expect(await sendMessage(settings, 'auth.listPasskeys', { profileId })).toEqual({ ok: true, data: [] });
  });
});
