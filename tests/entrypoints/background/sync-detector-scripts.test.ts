import { describe, expect, it } from 'vitest';
import type { PoolProfile } from '../../../core/profiles/pool-profile';
import { changesBindings, createDetectorSync } from '../../../entrypoints/background/sync-detector-scripts';
import { makeTestVault, PASSPHRASE } from '../../core/vault/make-test-vault';

/** A stand-in for browser.scripting that throws on a duplicate id, as Chrome does. */
function fakeScripting() {
  const scripts = new Map<string, { id: string; matches?: string[] }>();
  return {
    scripts,
    getRegisteredContentScripts: async () => [...scripts.values()].map((script) => ({ ...script })),
    registerContentScripts: async (list: Array<{ id: string; matches?: string[] }>) => {
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, { id: script.id, matches: script.matches });
      }
    },
    unregisterContentScripts: async (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? []) scripts.delete(id);
    },
  };
}

const pool = (origins: string[]): PoolProfile => ({
  id: 'p1',
  label: 'App',
  userPoolId: 'eu-west-1_App',
  userPoolClientId: 'appclient',
  region: 'eu-west-1',
  origins,
  createdAt: 0,
});

describe('createDetectorSync', () => {
  it('registers on bind, survives a restart without duplicates, and removes when the last account goes', async () => {
    const { vault } = makeTestVault();
    await vault.setup(PASSPHRASE);
    let pools = [pool(['https://app.example.com'])];
    const scripting = fakeScripting();
    const granted = ['https://app.example.com/*', 'https://shop.example/*'];
    const build = () =>
      createDetectorSync({
        sources: { profiles: { list: async () => pools }, vault },
        scripting: scripting as never,
        permissions: { getAll: async () => ({ origins: granted, permissions: [] }) },
        ports: true,
      });
    const sync = build();
    await sync();
    expect([...scripting.scripts.keys()]).toEqual(['sidekey-detector:https://app.example.com']);

    const login = await vault.addLogin({ username: 'jo', password: 'pw', origins: ['https://shop.example'] });
    await Promise.all([sync(), sync()]); // queued: the second run sees the first one's registrations
    await build()(); // a restarted worker reconciles instead of registering blindly
    expect([...scripting.scripts.keys()].sort()).toEqual([
      'sidekey-detector:https://app.example.com',
      'sidekey-detector:https://shop.example',
    ]);

    await vault.deleteLogin(login.id);
    pools = [];
    await sync();
    expect([...scripting.scripts.keys()]).toEqual([]);
  });

  it('names the requests after which bindings may have changed', () => {
    expect(changesBindings('profiles.add')).toBe(true);
    expect(changesBindings('vault.unlock')).toBe(true);
    expect(changesBindings('vault.listCodes')).toBe(false);
    expect(changesBindings(undefined)).toBe(false);
  });
});
