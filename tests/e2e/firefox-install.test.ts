import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = resolve('.output/firefox-mv2');

// Firefox has no CDP, so there is no virtual authenticator or worker evaluation here (docs/browser-testing.md, "Firefox");
// what this proves is that Firefox ESR accepts the MV2 build: manifest, permissions, CSP and the gecko id.
describe.skipIf(!existsSync(FIREFOX))('the Firefox build', () => {
  it('installs in Firefox ESR as a temporary add-on under its fixed id', async () => {
    expect(existsSync(join(BUILD, 'manifest.json'))).toBe(true);
    const userDataDir = mkdtempSync(join(tmpdir(), 'sidekey-firefox-'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      userDataDir,
    });
    try {
      expect(await browser.installExtension(BUILD)).toBe('sidekey@sidekey.dev');
    } finally {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
