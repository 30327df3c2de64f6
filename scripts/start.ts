/**
 * `npm start`: builds the extension (development build: fixed id, loopback granted) and the demo site, runs the
 * local user pool on the demo seed and serves the demo on it, and — where a display and Chromium exist — opens
 * Chromium with Sidekey loaded and the demo pools added and bound to the demo origin. Elsewhere it says exactly
 * what is missing and how to do it by hand. Ctrl-C (or SIGTERM) stops everything it started.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createDemoConfig } from '../demo/create-demo-config';
import { describePasswordPolicy } from '../demo/describe-password-policy';
import { serveDemo } from '../demo/serve-demo';
import { describeSeedUsers } from '../pool/seed/describe-seed-users';
import { readSeedFile } from '../pool/seed/read-seed-file';
import { startPool } from '../pool/start-pool';
import { demoPoolInput } from './demo-pool-input';
import { findDemoBrowser, openDemoBrowser } from './open-demo-browser';

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output', 'chrome-mv3-e2e');
const stops: (() => Promise<void>)[] = [];

function run(what: string, command: string, args: string[]): boolean {
  console.log(`Building ${what}…`);
  // The builders' own chatter (timings, progress) is shown only when the build fails.
  const result = spawnSync(join(root, 'node_modules', '.bin', command), args, { cwd: root, encoding: 'utf8' });
  if (result.status === 0) return true;
  console.error(`${result.stdout ?? ''}${result.stderr ?? ''}`.trim());
  console.error(`The ${what} build failed; see the errors above.`);
  return false;
}

function readPort(name: string, fallback: number): number {
  const value = process.env[name];
  const port = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name}=${value} is not a port number.`);
  return port;
}

let stopping: Promise<never> | undefined;
/** Stops what was started, newest first (browser, demo server, pool), then exits. Ctrl-C reaches npm, tsx and this
 * process at once, so a repeated signal waits for the first stop instead of exiting half-way. */
function stopAll(code: number): Promise<never> {
  stopping ??= (async () => {
    console.log('Stopping…');
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    process.exit(code);
  })();
  return stopping;
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  const poolPort = readPort('SIDEKEY_POOL_PORT', 9229);
  const demoPort = readPort('SIDEKEY_DEMO_PORT', 9230);

  const extensionBuilt = run('the extension', 'wxt', ['build', '--mode', 'e2e']);
  if (!run('the demo site', 'vite', ['build', '-c', 'demo/vite.config.ts'])) await stopAll(1);

  const seed = readSeedFile(join(root, 'pool', 'seed', 'demo.json'));
  const pool = await startPool({ port: poolPort, seed, logger: (line) => console.log(line) });
  stops.push(() => pool.stop());
  for (const line of describeSeedUsers(seed)) console.log(line);
  console.log(`Sidekey pool listening on ${pool.url} (in memory)`);

  const config = createDemoConfig(seed, pool.url);
  const demo = await serveDemo({ root: join(root, '.output', 'demo'), config, port: demoPort });
  stops.push(() => demo.stop());
  console.log(`\nDemo site: ${demo.url}  (a pool that requires MFA: ${demo.url}/mfa-required)`);

  const browser = extensionBuilt
    ? findDemoBrowser({ env: process.env, extensionDir })
    : { ok: false as const, reason: 'the extension did not build' };
  if (browser.ok) {
    const opened = await openDemoBrowser({
      browserPath: browser.path,
      extensionDir,
      demoUrl: demo.url,
      userPoolEndpoint: config.userPoolEndpoint,
      // The pools' password policies as DescribeUserPool gives them, so Sidekey suggests passwords they accept.
      sites: await Promise.all(
        config.sites.map(async (site) => ({
          ...site,
          passwordPolicy: await describePasswordPolicy({ userPoolEndpoint: pool.url, userPoolId: site.userPoolId }),
        })),
      ),
      log: (line) => console.log(line),
    });
    stops.push(opened.close);
    console.log(`Opened ${browser.path} with Sidekey loaded on the demo site.`);
  } else {
    console.log(
      [
        `No browser opened: ${browser.reason}. To try Sidekey on the demo by hand:`,
        `  1. Load the extension: chrome://extensions → Developer mode → Load unpacked → ${extensionDir}`,
        `     (Firefox: npm run build:firefox, then about:debugging → Load Temporary Add-on → .output/firefox-mv3)`,
        '  2. Sidekey → Settings → User pools → add each pool below, endpoint',
        `     ${config.userPoolEndpoint}, site ${demo.url}:`,
        ...config.sites.map((site) => {
          // What `npm start` would add for this pool where it opens a browser (scripts/demo-pool-input.ts).
          const input = demoPoolInput(site, { demoUrl: demo.url, userPoolEndpoint: config.userPoolEndpoint });
          const hosted = input.hostedUiDomain ? `  hosted sign-in domain ${input.hostedUiDomain}` : '';
          return `       ${input.userPoolId}  app client ${input.userPoolClientId}${hosted}`;
        }),
        `  3. Open ${demo.url} and sign in as a demo user above.`,
      ].join('\n'),
    );
  }
  console.log('Press Ctrl-C to stop.');
}

main().catch(async (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const taken = /EADDRINUSE/.test(message) ? ' (set SIDEKEY_POOL_PORT / SIDEKEY_DEMO_PORT to free ports)' : '';
  console.error(`npm start could not go on: ${message}${taken}`);
  await stopAll(1);
});
