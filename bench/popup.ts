/**
 * Popup opened → first code in the DOM, with 1,000 entries, against the same popup with 1 entry (the peer). Two
 * browsers hold the two vaults and are opened in turn, so every round measures both under the same machine load.
 * The popup sets the performance mark `sidekey:popup-start` as its script starts and `sidekey:first-code` when its
 * first code row is committed; startTime is milliseconds since the tab's navigation started.
 * Targets (issue 11), in every round: 1,000 entries within 1.10× of 1 entry (navigation → first code, medians), and
 * the popup's own work (script start → first code) with 1,000 entries ≤ 20 ms (median).
 * Run: `npm run bench -- popup` (builds the e2e bundle first). ROUNDS=n and OPENS=n change the sample sizes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Secret } from 'otpauth';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const EXTENSION_URL = 'chrome-extension://npbmcjcmafkjbchncmpemdbkmagoobec';
const FIRST_CODE_MARK = 'sidekey:first-code';
const STAGES = ['sidekey:popup-start', 'sidekey:origin-known', 'sidekey:codes-reply', FIRST_CODE_MARK] as const;
const rounds = Number(process.env.ROUNDS ?? 5);
/**
 * Opens per peer per round: 15 (was 9), so that one burst of another process's work moves a round's median less; the
 * worst of five rounds is the figure judged.
 */
const opens = Number(process.env.OPENS ?? 15);
const MAX_RATIO = 1.1;
const MAX_OWN_MS = 20;

type ChromeGlobal = { chrome: { runtime: { sendMessage: (message: unknown) => Promise<{ ok: boolean }> } } };

async function send(page: Page, type: string, input?: unknown): Promise<void> {
  const reply = await page.evaluate(
    (message) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(message),
    { type, input },
  );
  if (!reply.ok) throw new Error(`${type} failed: ${JSON.stringify(reply)}`);
}

function otpauthList(count: number): string {
  return Array.from({ length: count }, (_, n) => {
    return `otpauth://totp/Issuer%20${n}:user${n}%40example.com?secret=${new Secret({ size: 20 }).base32}&issuer=Issuer%20${n}`;
  }).join('\n');
}

interface Peer {
  label: string;
  browser: Browser;
  userDataDir: string;
}

/** A browser with the e2e build loaded and a vault holding `entries` TOTP entries, unlocked. */
async function launchPeer(label: string, entries: number): Promise<Peer> {
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
  await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith(EXTENSION_URL));
  const page = await browser.newPage();
  await page.goto(`${EXTENSION_URL}/options.html`);
  await send(page, 'vault.setup', { passphrase: 'bench passphrase, not secret' });
  await send(page, 'vault.import', { kind: 'otpauth-list', payload: otpauthList(entries) });
  await page.close();
  return { label, browser, userDataDir };
}

/** Opens popup.html in a fresh tab; answers each stage's mark (ms since navigation). */
async function openOnce(browser: Browser): Promise<number[]> {
  const tab = await browser.newPage();
  try {
    await tab.goto(`${EXTENSION_URL}/popup.html`);
    await tab.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      { timeout: 10_000 },
      FIRST_CODE_MARK,
    );
    return await tab.evaluate(
      (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN),
      [...STAGES],
    );
  } finally {
    await tab.close();
  }
}

/** What the open popup costs per second while its shared ticker runs (CDP Performance metrics), and its row count. */
async function idleCost(browser: Browser): Promise<string> {
  const tab = await browser.newPage();
  try {
    await tab.goto(`${EXTENSION_URL}/popup.html`);
    await tab.waitForSelector('.code');
    // The rest of the list arrives after the first paint; measure the steady state once all 1,000 are in.
    await tab.waitForFunction(() => document.querySelector<HTMLElement>('.code-list')?.style.height === '56000px');
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

interface Sample {
  navigation: number;
  own: number;
  stages: number[];
}

/** One round: `opens` popups on each peer, alternating, after one warm-up open each. */
async function round(one: Peer, thousand: Peer): Promise<{ one: Sample; thousand: Sample }> {
  const marks = { one: [] as number[][], thousand: [] as number[][] };
  await openOnce(one.browser);
  await openOnce(thousand.browser);
  for (let i = 0; i < opens; i++) {
    // Alternate which goes first, so neither always follows the other's work.
    const order = i % 2 === 0 ? (['one', 'thousand'] as const) : (['thousand', 'one'] as const);
    for (const key of order) marks[key].push(await openOnce((key === 'one' ? one : thousand).browser));
  }
  const summarise = (list: number[][]): Sample => ({
    navigation: median(list.map((stages) => stages.at(-1)!)),
    own: median(list.map((stages) => stages.at(-1)! - stages[0]!)),
    stages: STAGES.map((_, index) => median(list.map((stages) => stages[index]!))),
  });
  return { one: summarise(marks.one), thousand: summarise(marks.thousand) };
}

export async function run(): Promise<void> {
  const peers: Peer[] = [];
  try {
    const one = await launchPeer('1 entry', 1);
    peers.push(one);
    const thousand = await launchPeer('1,000 entries', 1000);
    peers.push(thousand);
    const results: Array<{ ratio: number; own: number; ownOne: number }> = [];
    console.log(
      `${rounds} rounds, ${opens} opens per peer per round (medians); navigation → first code, script start → first code`,
    );
    for (let r = 1; r <= rounds; r++) {
      const result = await round(one, thousand);
      const ratio = result.thousand.navigation / result.one.navigation;
      results.push({ ratio, own: result.thousand.own, ownOne: result.one.own });
      const stages = (sample: Sample) =>
        STAGES.map((name, index) => `${name.replace('sidekey:', '')} ${sample.stages[index]!.toFixed(1)}`).join(', ');
      console.log(
        `round ${r}: 1,000 entries ${result.thousand.navigation.toFixed(1)} ms (own ${result.thousand.own.toFixed(1)} ms); 1 entry ${result.one.navigation.toFixed(1)} ms (own ${result.one.own.toFixed(1)} ms); ratio ${ratio.toFixed(2)}×`,
      );
      console.log(`  stages since navigation, 1,000 entries: ${stages(result.thousand)}`);
      console.log(`  stages since navigation, 1 entry:       ${stages(result.one)}`);
    }
    console.log(await idleCost(thousand.browser));
    const worstRatio = Math.max(...results.map((result) => result.ratio));
    const worstOwn = Math.max(...results.map((result) => result.own));
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
    console.log(
      `worst round: ratio ${worstRatio.toFixed(2)}× (target ≤ ${MAX_RATIO.toFixed(2)}×) ${verdict(worstRatio <= MAX_RATIO)}; ` +
        `own work with 1,000 entries ${worstOwn.toFixed(1)} ms (target ≤ ${MAX_OWN_MS} ms) ${verdict(worstOwn <= MAX_OWN_MS)}`,
    );
  } finally {
    for (const peer of peers) {
      await peer.browser.close();
      rmSync(peer.userDataDir, { recursive: true, force: true });
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
