import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIREFOX_AVAILABLE,
  FIREFOX_STORE_BUILD,
  type FirefoxSession,
  launchFirefox,
  openExtensionPage,
} from './support/firefox';
import { pollUntil } from './support/poll-until';

/*
 * The store build (`npm run build:firefox`) in Firefox ESR: an MV3 manifest with an event page, installed as a
 * temporary add-on under its gecko id — and the check every Firefox file ends each test with (no extension error
 * in Firefox's console) seen to catch one.
 */

let firefox: FirefoxSession;

beforeAll(async () => {
  if (FIREFOX_AVAILABLE) firefox = await launchFirefox({ build: FIREFOX_STORE_BUILD });
});
afterAll(async () => {
  await firefox?.close();
});

describe.skipIf(!FIREFOX_AVAILABLE)('the Firefox store build', () => {
  it('is Manifest V3 with a non-persistent event page and no standing host permission', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_STORE_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ type: 'module', scripts: ['background.js'] });
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']);
    expect(manifest.browser_specific_settings.gecko.id).toBe('sidekey@sidekey.dev');
  });

  it('installs in Firefox ESR, and its event page answers the settings page', async () => {
    const settings = await openExtensionPage(firefox.browser, 'options.html');
    const status = await settings.evaluate(() =>
      (
        globalThis as unknown as { browser: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } } }
      ).browser.runtime.sendMessage({ type: 'vault.state' }),
    );
    expect(status).toMatchObject({ ok: true, data: { status: 'uninitialised', entryCount: 0 } });
    expect(firefox.extensionErrors()).toEqual([]);
    await settings.close();
  });

  it('finds every icon its manifest names where Firefox resolves the path, at the size the manifest says', async () => {
    const settings = await openExtensionPage(firefox.browser, 'options.html');
    const loaded = await settings.evaluate(async () => {
      type Runtime = { getManifest: () => Record<string, unknown>; getURL: (path: string) => string };
      const runtime = (globalThis as unknown as { browser: { runtime: Runtime } }).browser.runtime;
      const manifest = runtime.getManifest() as {
        icons: Record<string, string>;
        action: { default_icon: Record<string, string> };
      };
      const named = [...Object.entries(manifest.icons), ...Object.entries(manifest.action.default_icon)];
      return Promise.all(
        named.map(async ([size, path]) => {
          const image = new Image();
          image.src = runtime.getURL(path);
          await image.decode();
          return { size: Number(size), path, width: image.naturalWidth, height: image.naturalHeight };
        }),
      );
    });
    expect(loaded.length).toBeGreaterThanOrEqual(6);
    for (const icon of loaded) expect(icon, icon.path).toMatchObject({ width: icon.size, height: icon.size });
    expect(firefox.extensionErrors()).toEqual([]);
    await settings.close();
  });

  it('reports an uncaught error in one of Sidekey’s pages as an extension error', async () => {
    const settings = await openExtensionPage(firefox.browser, 'options.html');
    await settings.evaluate(() => {
      setTimeout(() => {
        throw new Error('deliberate failure in the settings page');
      });
    });
    const errors = await pollUntil(
      async () => (firefox.extensionErrors().length > 0 ? firefox.extensionErrors() : undefined),
      'the error on Firefox’s console',
      10_000,
    );
    expect(errors).toEqual([expect.stringContaining('deliberate failure in the settings page')]);
    await settings.close();
  });
});
