import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_URL, launchChromium, openPage, sendMessage } from './support/chromium';
import { serveFixtureSite } from './support/fixture-site';
import { setUpVaultWithSignIn } from './support/set-up-vault-with-sign-in';

const PASSWORD = 'Jo-pass-1-never-in-page';

describe('filling the Amplify Authenticator on a bound localhost origin', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let site: Awaited<ReturnType<typeof serveFixtureSite>>;
  let settings: Page;

  beforeAll(async () => {
    site = await serveFixtureSite();
    chromium = await launchChromium();
    settings = await openPage(chromium.browser, 'options.html');
    await setUpVaultWithSignIn(settings, { username: 'jo', password: PASSWORD, origin: site.origin });
  });

  afterAll(async () => {
    await chromium?.close();
    await site?.close();
  });

  it('registers the detector for the bound origin, and only for it', async () => {
    const ids = await registeredScripts(chromium.browser);
    expect(ids).toEqual([{ id: `sidekey-detector:${site.origin}`, matches: [`${site.origin}/*`] }]);
  });

  it('injects the filler and fills username and password on a trusted click, submitting nothing', async () => {
    const page = await chromium.browser.newPage();
    let submitted = false;
    await page.exposeFunction('sidekeyTestSubmitted', () => {
      submitted = true;
    });
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('submit', (event) => {
        event.preventDefault();
        (globalThis as unknown as { sidekeyTestSubmitted: () => void }).sidekeyTestSubmitted();
      });
    });
    await page.goto(`${site.origin}/amplify-sign-in.html`);
    const control = await page.waitForSelector('::-p-aria(Sidekey: fill sign-in)', { timeout: 15_000 });
    expect(await page.$eval('input[name=password]', (input) => (input as HTMLInputElement).value)).toBe('');
    await control!.click();
    const choice = await page.waitForSelector('::-p-aria(Sidekey: sign in as jo)', { timeout: 5_000 });
    await choice!.click();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name=password]')?.value !== '', {
      timeout: 5_000,
    });
    expect(await page.$eval('input[name=username]', (input) => (input as HTMLInputElement).value)).toBe('jo');
    expect(await page.$eval('input[name=password]', (input) => (input as HTMLInputElement).value)).toBe(PASSWORD);
    expect(submitted).toBe(false);
    await page.close();
  });

  it('removes the detector when the last account of the origin goes', async () => {
    const logins = (await sendMessage(settings, 'vault.listLogins')) as { data: Array<{ id: string }> };
    for (const login of logins.data) await sendMessage(settings, 'vault.deleteLogin', { id: login.id });
    expect(await registeredScripts(chromium.browser)).toEqual([]);
  });
});

/** The worker's registered content scripts, read in the service worker itself. */
async function registeredScripts(browser: Browser): Promise<Array<{ id: string; matches?: string[] }>> {
  const target = await browser.waitForTarget(
    (candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith(EXTENSION_URL),
  );
  const worker = await target.worker();
  return worker!.evaluate(async () => {
    type Scripting = { getRegisteredContentScripts: () => Promise<Array<{ id: string; matches?: string[] }>> };
    const scripts = await (
      globalThis as unknown as { chrome: { scripting: Scripting } }
    ).chrome.scripting.getRegisteredContentScripts();
    return scripts.map(({ id, matches }) => ({ id, matches }));
  });
}
