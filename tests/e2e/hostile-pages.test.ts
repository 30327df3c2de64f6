import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID, launchChromium, openPage, sendMessage } from './support/chromium';
import { serveFixtureSite } from './support/fixture-site';

const PASSWORD = 'Hostile-pw-1-must-never-leak';
const SIGN_IN = readFileSync('tests/fixtures/pages/amplify-sign-in.html', 'utf8');
/** The Amplify sign-in page with `css` added, to fade or cover its fields. */
const styled = (css: string, extraBody = '') =>
  SIGN_IN.replace('</style>', `${css}</style>`).replace('</body>', `${extraBody}</body>`);
/** How long a control would take to appear if Sidekey offered one (the filler answers within ~1 s locally). */
const SETTLE_MS = 2_500;

describe('hostile pages: 0 fills, 0 secrets in page-visible state', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let site: Awaited<ReturnType<typeof serveFixtureSite>>;

  beforeAll(async () => {
    const pages: Record<string, string> = {
      'faded.html': styled('form[data-amplify-form] { opacity: 0.3; }'),
      'covered.html': styled(
        '#cover { position: fixed; inset: 0; background: rgba(255,255,255,0.01); z-index: 10; }',
        '<div id="cover"></div>',
      ),
      'forged.html': SIGN_IN,
    };
    site = await serveFixtureSite(pages);
    // The outer page on localhost embeds the sign-in page from 127.0.0.1: another origin, bound too.
    const framed = `<!DOCTYPE html><title>outer</title><iframe src="http://127.0.0.1:${site.port}/amplify-sign-in.html" width="800" height="600"></iframe>`;
    pages['framed.html'] = framed;
    chromium = await launchChromium({
      args: [`--host-resolver-rules=MAP evil.test 127.0.0.1, MAP localhost.evil.test 127.0.0.1`],
    });
    const settings = await openPage(chromium.browser, 'options.html');
    await sendMessage(settings, 'vault.setup', { passphrase: 'e2e passphrase, not secret' });
    for (const origin of [site.origin, `http://127.0.0.1:${site.port}`]) {
      const saved = await sendMessage(settings, 'vault.addLogin', {
        username: 'jo',
        password: PASSWORD,
        origins: [origin],
      });
      expect(saved).toMatchObject({ ok: true });
    }
    await settings.close();
  });

  afterAll(async () => {
    await chromium?.close();
    await site?.close();
  });

  /** Opens `url`, waits, tries every Sidekey control with trusted clicks, and returns what the page can see. */
  async function attempt(url: string, inFrame = false): Promise<{ values: string[]; html: string; controls: number }> {
    const page = await chromium.browser.newPage();
    await page.goto(url);
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    const target: Page | Frame = inFrame ? (page.frames()[1] ?? page.mainFrame()) : page;
    const controls = await target.$$('::-p-aria(Sidekey: fill sign-in)');
    for (const control of controls) {
      await control.click().catch(() => undefined);
      const choice = await target
        .waitForSelector('::-p-aria(Sidekey: sign in as jo)', { timeout: 2_000 })
        .catch(() => null);
      await choice?.click().catch(() => undefined);
    }
    await new Promise((done) => setTimeout(done, 500));
    const values = await target.$$eval('input', (inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const html = await target.evaluate(() => document.documentElement.outerHTML + JSON.stringify(localStorage));
    await page.close();
    return { values, html, controls: controls.length };
  }

  const expectNothingLeaked = (result: { values: string[]; html: string }) => {
    expect(result.values.filter(Boolean)).toEqual([]);
    expect(result.html).not.toContain(PASSWORD);
  };

  it('offers nothing in a cross-origin iframe, even on an origin bound to an account', async () => {
    const result = await attempt(`${site.origin}/framed.html`, true);
    expect(result.controls).toBe(0);
    expectNothingLeaked(result);
  });

  it('fills nothing into faded fields or fields covered by another element', async () => {
    expectNothingLeaked(await attempt(`${site.origin}/faded.html`));
    expectNothingLeaked(await attempt(`${site.origin}/covered.html`));
  });

  it('does nothing on plain http away from loopback, nor on a look-alike of localhost', async () => {
    for (const url of [
      `http://evil.test:${site.port}/forged.html`,
      `http://localhost.evil.test:${site.port}/forged.html`,
    ]) {
      const result = await attempt(url);
      expect(result.controls).toBe(0);
      expectNothingLeaked(result);
    }
  });

  it('ignores a page forging extension messages and synthetic events on Sidekey’s control', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${site.origin}/forged.html`);
    await page.waitForSelector('::-p-aria(Sidekey: fill sign-in)', { timeout: 15_000 });
    const forged = await page.evaluate(async (extensionId) => {
      const outcomes: string[] = [];
      window.postMessage({ type: 'page.fill', input: { kind: 'sign-in', id: 'any' } }, '*');
      document.dispatchEvent(new CustomEvent('sidekey:fill', { detail: { username: 'jo' } }));
      const host = document.querySelector('sidekey-inline');
      for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click', 'keydown']) {
        host?.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
      }
      (host as HTMLElement | null)?.click();
      const runtime = (
        globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } } }
      ).chrome?.runtime;
      const send = runtime?.sendMessage;
      if (typeof send !== 'function') outcomes.push('no runtime for pages');
      else {
        try {
          const reply = (await send(extensionId, { type: 'page.fill', input: { kind: 'sign-in', id: 'any' } })) as {
            ok?: boolean;
          };
          outcomes.push(reply?.ok ? 'answered' : 'refused');
        } catch {
          outcomes.push('refused');
        }
      }
      await new Promise((done) => setTimeout(done, 1_000));
      return {
        outcomes,
        values: [...document.querySelectorAll('input')].map((input) => input.value),
        html: document.documentElement.outerHTML,
        shadowOpen: host?.shadowRoot !== null && host?.shadowRoot !== undefined,
      };
    }, EXTENSION_ID);
    expect(forged.outcomes).not.toContain('answered');
    expect(forged.shadowOpen).toBe(false);
    expect(forged.values.filter(Boolean)).toEqual([]);
    expect(forged.html).not.toContain(PASSWORD);
    await page.close();
  });
});
