/**
 * `npm start`: the local user pool on the demo seed, the built extension, and a browser with Sidekey
 * loaded where a display and Chromium exist (elsewhere: how to load it by hand). Stops on Ctrl-C.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const root = resolve(import.meta.dirname, '..');
const port = process.env.SIDEKEY_POOL_PORT ?? '9229';
const extensionDir = join(root, '.output', 'chrome-mv3');
const children: ChildProcess[] = [];

function bin(name: string) {
  return join(root, 'node_modules', '.bin', name);
}

function findBrowser(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/chromium-browser',
  ];
  return candidates.find((path) => path && existsSync(path));
}

function stopAll(code: number) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}

function main() {
  console.log('Building the extension…');
  const build = spawnSync(bin('wxt'), ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    console.error('The extension build failed; see the errors above.');
    process.exit(build.status ?? 1);
  }
  console.log(`Built: ${extensionDir}`);

  const pool = spawn(bin('tsx'), ['pool/cli.ts', '--port', port, '--seed', 'pool/seed/demo.json'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(pool);
  pool.on('exit', (code) => {
    console.error(`The local user pool stopped (exit ${code}).`);
    stopAll(code ?? 1);
  });
  // Echo the pool's output; once it is listening, open the browser (or say how to load Sidekey).
  createInterface({ input: pool.stdout! }).on('line', (line) => {
    console.log(line);
    const ready = /listening on (http:\/\/\S+)/.exec(line);
    if (ready) whenPoolReady(ready[1]!);
  });
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
}

function whenPoolReady(poolUrl: string) {
  const browser = findBrowser();
  if (browser && (process.env.DISPLAY || process.env.WAYLAND_DISPLAY)) {
    const profile = mkdtempSync(join(tmpdir(), 'sidekey-profile-'));
    const chromium = spawn(
      browser,
      [
        `--user-data-dir=${profile}`,
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
      { stdio: 'ignore' },
    );
    children.push(chromium);
    chromium.on('exit', () => rmSync(profile, { recursive: true, force: true }));
    console.log(`Opened ${browser} with Sidekey loaded.`);
  } else {
    console.log(
      [
        'No display or Chromium found, so no browser was opened. Load Sidekey by hand:',
        `  Chrome/Chromium: chrome://extensions → Developer mode → Load unpacked → ${extensionDir}`,
        '  Firefox: npm run build:firefox, then about:debugging#/runtime/this-firefox → Load Temporary Add-on →',
        `           ${join(root, '.output', 'firefox-mv2', 'manifest.json')}`,
      ].join('\n'),
    );
  }
  console.log(
    [
      '',
      `To sign in as a demo user: Sidekey → Settings → User pools → add pool local_Sidekey01,`,
      `app client sidekeydemoclient000000001, endpoint ${poolUrl}/ — then use the popup's Sign in tab.`,
    ].join('\n'),
  );
  console.log('Press Ctrl-C to stop.');
}

main();
