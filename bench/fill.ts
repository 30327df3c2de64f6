/**
 * Inline control → code filled, in Chromium with the e2e build: on the Amplify Authenticator's TOTP step of a bound
 * origin, the time from the person's trusted click on `Sidekey: fill code for <account>` to the code in the field —
 * the filler's safety checks, the `page.fill` round trip to the worker (which computes the code), and the write.
 * The peer, measured in the same run and browser: one `status` request from an extension page to the worker and
 * back — the floor of any fill that asks the worker for its secret. The ratio says how many such round trips a fill
 * costs. Both are timed in the page that does the work (performance.now()), medians of RUNS (default 21).
 * Run: `npm run bench -- fill` (builds the e2e bundle first).
 */
import type { Page } from 'puppeteer-core';
import { launchChromium, openPage, sendMessage } from '../tests/e2e/support/chromium';
import { serveFixtureSite } from '../tests/e2e/support/fixture-site';

const runs = Number(process.env.RUNS ?? 21);
const CODE_FIELD = '[data-amplify-authenticator-confirmsignin] input';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${median(sorted).toFixed(2)} ms (min ${sorted[0]?.toFixed(2)}, max ${sorted.at(-1)?.toFixed(2)}, n=${sorted.length})`;
};

/** One fill: reload the step, open the control, then time trusted click on the choice → `input` on the field. */
async function timeFill(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.evaluate((selector) => {
    const marks = { clicked: 0, filled: 0 };
    (globalThis as unknown as { sidekeyBench: typeof marks }).sidekeyBench = marks;
    // The choice sits in a closed shadow root: its click reaches the window retargeted to the control's host.
    window.addEventListener(
      'click',
      () => {
        marks.clicked = performance.now();
      },
      { capture: true },
    );
    document.querySelector(selector)?.addEventListener('input', () => {
      if (marks.filled === 0) marks.filled = performance.now();
    });
  }, CODE_FIELD);
  await (await page.waitForSelector('::-p-aria(Sidekey: fill code)', { timeout: 30_000 }))!.click();
  const choice = await page.waitForSelector('::-p-aria(Sidekey: fill code for bench)', { timeout: 10_000 });
  await choice!.click();
  await page.waitForFunction(
    () => (globalThis as unknown as { sidekeyBench: { filled: number } }).sidekeyBench.filled > 0,
    { timeout: 10_000 },
  );
  return page.evaluate(() => {
    const marks = (globalThis as unknown as { sidekeyBench: { clicked: number; filled: number } }).sidekeyBench;
    return marks.filled - marks.clicked;
  });
}

/** One `status` round trip from an extension page to the worker, timed in the page. */
function timeRoundTrip(page: Page): Promise<number> {
  return page.evaluate(async () => {
    type ChromeGlobal = { chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } } };
    const start = performance.now();
    await (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'status' });
    return performance.now() - start;
  });
}

export async function run(): Promise<void> {
  const site = await serveFixtureSite();
  const chromium = await launchChromium();
  try {
    const settings = await openPage(chromium.browser, 'options.html');
    await sendMessage(settings, 'vault.setup', { passphrase: 'bench passphrase, not secret' });
    await sendMessage(settings, 'vault.addEntry', {
      fields: { kind: 'totp', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', issuer: 'Bench', account: 'bench' },
      origins: [site.origin],
    });
    const page = await chromium.browser.newPage();
    const url = `${site.origin}/amplify-confirm-sign-in-totp.html`;
    const fills: number[] = [];
    const trips: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const fill = await timeFill(page, url);
      await settings.bringToFront();
      const trip = await timeRoundTrip(settings);
      await page.bringToFront();
      if (i >= 2) {
        // two warm-ups: the worker's first code computation, the filler's first injection
        fills.push(fill);
        trips.push(trip);
      }
    }
    console.log(`control choice clicked → code in the field: ${spread(fills)}`);
    console.log(`peer: one extension-page → worker round trip (status): ${spread(trips)}`);
    console.log(`ratio (medians): ${(median(fills) / median(trips)).toFixed(2)} round trips per fill`);
  } finally {
    await chromium.close();
    await site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
