/**
 * The detector's cost, in Chromium: the static bytes of the detector and the filler (store build), and the
 * main-thread time of evaluating the built detector (parse, compile, its first look, the MutationObserver set-up)
 * on a 5,000-element article without a form and on the Amplify Authenticator's sign-in page, against an empty
 * content script evaluated the same way in the same run (the floor). Each run loads the page fresh and evaluates
 * in a new isolated world (as content scripts run). Two floors: an empty script, and an empty script that reads
 * `document` once (the first DOM access in a new world costs ~0.3 ms here, whatever the script does). The page is served cross-origin isolated so performance.now()
 * has 5 µs resolution instead of 100 µs.
 * Run: `npx wxt build && npx tsx bench/detector.ts` (or `npm run bench -- detector`). RUNS=n sets the sample size.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser } from 'puppeteer-core';

const runs = Number(process.env.RUNS ?? 41);
const PAGES = { article: 'article-5000.html', authenticator: 'amplify-sign-in.html' } as const;
const EMPTY_SCRIPT = '(function(){})();';
/** The same, touching the page once: the first DOM access in a new isolated world creates its wrappers. */
const TOUCH_SCRIPT = '(function(){document.documentElement})();';
/** The detector only talks to `browser.runtime.sendMessage`; in a page world it gets a no-op one. */
const FAKE_RUNTIME = 'globalThis.browser={runtime:{sendMessage:()=>Promise.resolve()}};';

function serveFixtures() {
  const server = createServer((request, response) => {
    const name = (request.url ?? '/').slice(1);
    if (!Object.values(PAGES).includes(name as never)) return response.writeHead(404).end();
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    response.end(readFileSync(resolve('tests/fixtures/pages', name)));
  });
  return new Promise<{ origin: string; close: () => void }>((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ origin: `http://localhost:${port}`, close: () => server.close() });
    });
  });
}

/** Milliseconds to evaluate `source` in a fresh isolated world of a freshly loaded page, median of `runs`. */
async function timeScript(browser: Browser, url: string, source: string): Promise<number[]> {
  const times: number[] = [];
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  for (let i = 0; i < runs + 2; i++) {
    await page.goto(url, { waitUntil: 'load' });
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const frameId = frameTree.frame.id;
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId, worldName: `bench-${i}` });
    const expression = `${FAKE_RUNTIME}(() => { const start = performance.now(); (0, eval)(${JSON.stringify(source)}); return performance.now() - start; })()`;
    const { result } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
    });
    if (i >= 2) times.push(result.value as number); // two warm-ups: HTTP cache, first compile of the harness
  }
  await page.close();
  return times.sort((a, b) => a - b);
}

const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
const format = (sorted: number[]) =>
  `median ${median(sorted).toFixed(3)} ms (min ${sorted[0]?.toFixed(3)}, max ${sorted.at(-1)?.toFixed(3)}, n=${sorted.length})`;

export async function run(): Promise<void> {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' }); // the store build: what users get
  const read = (name: string) => readFileSync(resolve('.output/chrome-mv3/content-scripts', name));
  for (const name of ['detector.js', 'filler.js']) {
    const bytes = read(name);
    // Static bytes only: the filler is never loaded until the detector recognises a sign-in page.
    console.log(`${name}: ${bytes.length} bytes minified, ${gzipSync(bytes, { level: 9 }).length} gzipped`);
  }
  const detector = read('detector.js').toString('utf8');
  const { origin, close } = await serveFixtures();
  const userDataDir = mkdtempSync(join(tmpdir(), 'sidekey-bench-detector-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    protocolTimeout: 60_000,
    userDataDir,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    for (const [label, file] of Object.entries(PAGES)) {
      const url = `${origin}/${file}`;
      const floor = await timeScript(browser, url, EMPTY_SCRIPT);
      const touch = await timeScript(browser, url, TOUCH_SCRIPT);
      const own = await timeScript(browser, url, detector);
      console.log(`detector on the ${label} page: ${format(own)}   target ≤ 0.2 ms without a form`);
      console.log(`  empty content script (floor), same page: ${format(floor)}`);
      console.log(`  empty content script reading \`document\` once, same page: ${format(touch)}`);
      console.log(
        `  detector − floor: ${(median(own) - median(floor)).toFixed(3)} ms; detector − document floor: ${(median(own) - median(touch)).toFixed(3)} ms`,
      );
    }
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
    close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
