import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { DemoSite } from '../demo/demo-sites';
import type { DemoPasswordPolicy } from '../demo/describe-password-policy';
import { demoPoolInput } from './demo-pool-input';

/** The id the development build's manifest key pins (wxt.config.ts). */
const EXTENSION_ID = 'npbmcjcmafkjbchncmpemdbkmagoobec';
const BROWSER_PATHS = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'];

/** Where Chromium is, or the exact reason no browser can be opened here. */
export function findDemoBrowser(options: {
  env: NodeJS.ProcessEnv;
  extensionDir: string;
}): { ok: true; path: string } | { ok: false; reason: string } {
  const { env } = options;
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'no display (DISPLAY and WAYLAND_DISPLAY are unset)' };
  }
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : BROWSER_PATHS;
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path) return { ok: false, reason: `no Chromium found at ${candidates.join(', ')} (set CHROMIUM_PATH)` };
  if (!existsSync(join(options.extensionDir, 'manifest.json'))) {
    return { ok: false, reason: `no extension build in ${options.extensionDir}` };
  }
  return { ok: true, path };
}

type ChromeGlobal = { chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } } };

/**
 * Opens Chromium (a throw-away profile) with Sidekey loaded, adds each demo pool bound to the demo origin through
 * the same `profiles.add` request the options page sends (docs/messages.md), and shows the demo. Returns how to
 * close it all; `log` gets one line per pool added or refused.
 */
export async function openDemoBrowser(options: {
  browserPath: string;
  extensionDir: string;
  demoUrl: string;
  userPoolEndpoint: string;
  /** Each page's pool, with its password policy when known (Sidekey's generated passwords then meet it). */
  sites: readonly (DemoSite & { passwordPolicy?: DemoPasswordPolicy })[];
  log: (line: string) => void;
}): Promise<{ close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sidekey-start-'));
  const browser = await puppeteer.launch({
    executablePath: options.browserPath,
    headless: false,
    defaultViewport: null,
    pipe: true,
    // npm start stops the browser itself, after the pages, on Ctrl-C (puppeteer would exit the process at once).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    userDataDir,
    enableExtensions: [options.extensionDir],
    args: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const chromium = browser.process();
  const exited = new Promise<void>((done) => {
    if (!chromium || chromium.exitCode !== null) done();
    else chromium.once('exit', () => done());
  });
  // Ctrl-C reaches Chromium too (same process group): wait until it is gone before removing its profile.
  const close = async () => {
    await browser.close().catch(() => chromium?.kill('SIGKILL'));
    await exited;
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  try {
    const extensionUrl = `chrome-extension://${EXTENSION_ID}`;
    await browser.waitForTarget((target) => target.url().startsWith(extensionUrl), { timeout: 30_000 });
    const optionsPage = await browser.newPage();
    await optionsPage.goto(`${extensionUrl}/options.html`);
    for (const site of options.sites) {
      const input = demoPoolInput(site, options);
      const reply = (await optionsPage.evaluate(
        (message) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(message),
        { type: 'profiles.add', input },
      )) as { ok?: boolean; code?: string; message?: string } | undefined;
      options.log(
        reply?.ok
          ? `Added pool ${site.userPoolId} to Sidekey, bound to ${options.demoUrl}.`
          : `Sidekey refused pool ${site.userPoolId}: ${reply?.code ?? 'no answer'} ${reply?.message ?? ''}`.trimEnd(),
      );
    }
    await optionsPage.reload();
    const demoPage = await browser.newPage();
    await demoPage.goto(options.demoUrl);
    await demoPage.bringToFront();
    return { close };
  } catch (error) {
    await close();
    throw error;
  }
}
