import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findDemoBrowser } from '../../scripts/open-demo-browser';

const dir = mkdtempSync(join(tmpdir(), 'sidekey-start-test-'));
const fakeChromium = join(dir, 'chromium');
const extensionDir = join(dir, 'extension');
writeFileSync(fakeChromium, '');
mkdirSync(extensionDir);
writeFileSync(join(extensionDir, 'manifest.json'), '{}');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findDemoBrowser', () => {
  it('says there is no display when neither X nor Wayland is set', () => {
    expect(findDemoBrowser({ env: { CHROMIUM_PATH: fakeChromium }, extensionDir })).toEqual({
      ok: false,
      reason: 'no display (DISPLAY and WAYLAND_DISPLAY are unset)',
    });
  });

  it('names the path it looked at when Chromium is not there', () => {
    const missing = join(dir, 'no-such-chromium');
    const found = findDemoBrowser({ env: { DISPLAY: ':0', CHROMIUM_PATH: missing }, extensionDir });
    expect(found).toEqual({ ok: false, reason: `no Chromium found at ${missing} (set CHROMIUM_PATH)` });
  });

  it('says when the extension has not been built', () => {
    const found = findDemoBrowser({
      env: { WAYLAND_DISPLAY: 'wayland-0', CHROMIUM_PATH: fakeChromium },
      extensionDir: join(dir, 'missing-build'),
    });
    expect(found).toEqual({ ok: false, reason: `no extension build in ${join(dir, 'missing-build')}` });
  });

  it('answers the browser to open when display, Chromium and build are all there', () => {
    expect(findDemoBrowser({ env: { DISPLAY: ':0', CHROMIUM_PATH: fakeChromium }, extensionDir })).toEqual({
      ok: true,
      path: fakeChromium,
    });
  });
});
