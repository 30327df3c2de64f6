/**
 * Popup opened → first code in the DOM, with 1,000 entries, against the same popup with 1 entry (the peer,
 * measured in the same browser and run). The popup sets the performance mark `sidekey:first-code` when its first
 * code row is committed; its startTime is milliseconds since the tab's navigation started.
 * Run: `npm run build && npx tsx bench/popup.ts` (or `npm run bench -- popup`). RUNS=n changes the sample size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Secret } from 'otpauth';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const EXTENSION_URL = 'chrome-extension://npbmcjcmafkjbchncmpemdbkmagoobec';
const FIRST_CODE_MARK = 'sidekey:first-code';
const runs = Number(process.env.RUNS ?? 15);

type ChromeGlobal = { chrome: { runtime: { sendMessage: (message: unknown) => Promise<{ ok: boolean }> } } };

async function send(page: Page, type: string, input?: unknown): Promise<void> {
  const reply = await page.evaluate(
    (message) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(message),
    { type, input },
  );
  if (!reply.ok) throw new Error(`${type} failed: ${JSON.stringify(reply)}`);
}

function otpauthList(count: number, offset: number): string {
  return Array.from({ length: count }, (_, index) => {
    const n = offset + index;
    return `otpauth://totp/Issuer%20${n}:user${n}%40example.com?secret=${new Secret({ size: 20 }).base32}&issuer=Issuer%20${n}`;
  }).join('\n');
}

const STAGES = ['sidekey:popup-start', 'sidekey:origin-known', 'sidekey:codes-reply', FIRST_CODE_MARK] as const;

/** Opens popup.html in a fresh tab `runs` times; answers the sorted times to the first code, and to each stage. */
async function measure(browser: Browser): Promise<{ times: number[]; own: number[]; stages: number[][] }> {
  const times: number[] = [];
  const own: number[] = [];
  const stages: number[][] = STAGES.map(() => []);
  for (let i = 0; i < runs + 1; i++) {
    const tab = await browser.newPage();
    await tab.goto(`${EXTENSION_URL}/popup.html`);
    await tab.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      { timeout: 10_000 },
      FIRST_CODE_MARK,
    );
    const marks = await tab.evaluate(
      (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN),
      [...STAGES],
    );
    if (i > 0) {
      // the first open warms the worker and the HTTP cache
      times.push(marks.at(-1)!);
      own.push(marks.at(-1)! - marks[0]!);
      for (const [stage, time] of marks.entries()) stages[stage]!.push(time);
    }
    await tab.close();
  }
  for (const stage of stages) stage.sort((a, b) => a - b);
  return { times: times.sort((a, b) => a - b), own: own.sort((a, b) => a - b), stages };
}

/** What the open popup costs per second while its shared ticker runs (CDP Performance metrics), and its row count. */
async function idleCost(browser: Browser): Promise<string> {
  const tab = await browser.newPage();
  try {
    await tab.goto(`${EXTENSION_URL}/popup.html`);
    await tab.waitForSelector('.code');
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    const read = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
    };
    const seconds = 5;
    const before = await read();
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    const after = await read();
    const perSecond = (name: string) => ((((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / seconds).toFixed(2);
    const rows = await tab.$$eval('.row', (elements) => elements.length);
    return `open popup with 1,000 entries, per second: script ${perSecond('ScriptDuration')} ms, layout ${perSecond('LayoutDuration')} ms, style ${perSecond('RecalcStyleDuration')} ms; rows in the DOM: ${rows}`;
  } finally {
    await tab.close();
  }
}

const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;

export async function run(): Promise<void> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sidekey-bench-popup-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    protocolTimeout: 60_000,
    userDataDir,
    enableExtensions: [resolve('.output/chrome-mv3-e2e')],
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    await browser.waitForTarget(
      (target) => target.type() === 'service_worker' && target.url().startsWith(EXTENSION_URL),
    );
    const page = await browser.newPage();
    await page.goto(`${EXTENSION_URL}/options.html`);
    await send(page, 'vault.setup', { passphrase: 'bench passphrase, not secret' });
    await send(page, 'vault.import', { kind: 'otpauth-list', payload: otpauthList(1, 0) });
    const one = await measure(browser);
    await send(page, 'vault.import', { kind: 'otpauth-list', payload: otpauthList(999, 1) });
    const thousand = await measure(browser);
    const stagesLine = (label: string, result: { own: number[]; stages: number[][] }) =>
      `  ${label}: popup script start → first code median ${median(result.own).toFixed(1)} ms; stages (median ms since navigation): ${STAGES.map((name, index) => `${name.replace('sidekey:', '')} ${median(result.stages[index]!).toFixed(1)}`).join(', ')}`;
    const format = (sorted: number[]) =>
      `median ${median(sorted).toFixed(1)} ms (min ${sorted[0]?.toFixed(1)}, max ${sorted.at(-1)?.toFixed(1)}, n=${sorted.length})`;
    console.log(`popup → first code, 1,000 entries: ${format(thousand.times)}   target ≤ 50 ms`);
    console.log(stagesLine('1,000 entries', thousand));
    console.log(`popup → first code, 1 entry (peer): ${format(one.times)}`);
    console.log(stagesLine('1 entry', one));
    console.log(await idleCost(browser));
    console.log(`ratio 1,000 entries / 1 entry: ${(median(thousand.times) / median(one.times)).toFixed(2)}×`);
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
