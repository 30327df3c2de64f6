import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * What the Chrome store package holds (`npm run build`, zipped by `npm run zip`): no manifest key and no standing
 * host permission, loopback included. Only the development builds (`build:e2e`, `wxt` dev) carry the fixed key and
 * the loopback grants the tests and the local pool rely on (README, "Loading the built extension by hand";
 * docs/security.md). Read from the built files, so it runs where `npm test` has built them.
 */
const read = (folder: string) => JSON.parse(readFileSync(resolve('.output', folder, 'manifest.json'), 'utf8'));

describe('the Chrome store build', () => {
  it('carries no manifest key and no standing host permission, as the development build does', () => {
    const store = read('chrome-mv3');
    expect(store.manifest_version).toBe(3);
    expect(store.key).toBeUndefined();
    expect(store.host_permissions).toBeUndefined();
    expect(store.optional_host_permissions).toEqual(['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']);

    const development = read('chrome-mv3-e2e');
    expect(development.key).toEqual(expect.any(String));
    expect(development.host_permissions).toEqual(expect.arrayContaining(['http://localhost/*']));
  });
});
