import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../../../core/messages/create-router';
import { createEngineRegistry } from '../../../../core/profiles/create-engine-registry';
import { createProfileStore } from '../../../../core/profiles/create-profile-store';
import { type SiteTabs, siteHandlers } from '../../../../core/profiles/handlers/site-handlers';
import { parsePoolProfileInput } from '../../../../core/profiles/pool-profile';
import { createAreaStorage } from '../../../../core/storage/create-area-storage';
import { startTestPool, type TestPool } from '../../../pool/support/test-pool';
import { extensionId, extensionOrigin, popup } from '../../messages/extension-senders';
import { memoryArea } from '../../storage/memory-area';

const SITE = 'http://localhost:9230';

let pool: TestPool;
beforeAll(async () => {
  pool = await startTestPool({ users: [{ username: 'alice', password: 'Alice-pass-1' }] });
});
afterAll(() => pool.stop());

/** Tabs by id with their origin; `leaves` makes a tab navigate away just before the write runs. */
function fakeTabs(origins: Record<number, string>, options: { leaves?: number } = {}) {
  const writes: Array<{ tabId: number; origin: string; entries: Record<string, string> }> = [];
  const tabs: SiteTabs = {
    originOf: async (tabId) => origins[tabId],
    writeSession: async (input) => {
      if (input.tabId === options.leaves) return false;
      writes.push(input);
      return true;
    },
  };
  return { tabs, writes };
}

async function signedInWorker(siteTabs: SiteTabs) {
  const profiles = createProfileStore({ area: memoryArea(), now: () => 0, newId: () => 'demo' });
  await profiles.add(
    parsePoolProfileInput({
      label: 'Demo',
      userPoolId: pool.poolId,
      userPoolClientId: pool.clientId,
      userPoolEndpoint: pool.url,
      origins: [SITE, 'https://shop.example'],
    }),
  );
  const area = memoryArea();
  const engines = createEngineRegistry({
    profiles,
    platform: { storageFor: (id) => createAreaStorage({ area, prefix: `${id}:` }) },
  });
  const engine = await engines.engineFor('demo');
  await engine.signIn({ username: 'alice', password: 'Alice-pass-1' });
  const route = createRouter({
    extensionId,
    extensionOrigin,
    context: { profiles, engines, siteTabs },
    handlers: siteHandlers,
  });
  return { route, engine };
}

const signInSite = (tabId: number) => ({ type: 'auth.signInSite', input: { profileId: 'demo', tabId } });

describe('auth.signInSite', () => {
  it('hands the session to the bound site’s tab under Amplify’s keys, and lets go of it here', async () => {
    const { tabs, writes } = fakeTabs({ 7: SITE });
    const { route, engine } = await signedInWorker(tabs);
    expect(await route(signInSite(7), popup)).toEqual({ ok: true, data: { username: 'alice', origin: SITE } });
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ tabId: 7, origin: SITE });
    expect(writes[0]!.entries[`CognitoIdentityServiceProvider.${pool.clientId}.LastAuthUser`]).toBe('alice');
    expect(
      Object.keys(writes[0]!.entries).every((key) =>
        key.startsWith(`CognitoIdentityServiceProvider.${pool.clientId}.`),
      ),
    ).toBe(true);
    await expect(engine.getCurrentUser()).rejects.toMatchObject({ name: 'UserUnAuthenticatedException' });
  });

  it('refuses a tab on a site the pool is not bound to, or on plain http off loopback, and keeps the session', async () => {
    const { tabs, writes } = fakeTabs({
      1: 'https://evil.example',
      2: 'http://shop.example',
      3: 'http://localhost:9231',
    });
    const { route, engine } = await signedInWorker(tabs);
    for (const tabId of [1, 2, 3, 4]) {
      expect(await route(signInSite(tabId), popup), String(tabId)).toMatchObject({ ok: false, code: 'SiteNotBound' });
    }
    expect(writes).toEqual([]);
    expect((await engine.getCurrentUser()).username).toBe('alice');
  });

  it('keeps the session when the tab left the site before the write', async () => {
    const { tabs } = fakeTabs({ 7: SITE }, { leaves: 7 });
    const { route, engine } = await signedInWorker(tabs);
    expect(await route(signInSite(7), popup)).toMatchObject({ ok: false, code: 'SiteChanged' });
    expect((await engine.getCurrentUser()).username).toBe('alice');
  });

  it('answers UserUnAuthenticatedException when nobody is signed in to the pool, writing nothing', async () => {
    const { tabs, writes } = fakeTabs({ 7: SITE });
    const { route, engine } = await signedInWorker(tabs);
    await engine.signOut();
    expect(await route(signInSite(7), popup)).toMatchObject({ ok: false, code: 'UserUnAuthenticatedException' });
    expect(writes).toEqual([]);
  });

  it('is refused to web pages and content scripts, and to malformed input', async () => {
    const { tabs, writes } = fakeTabs({ 7: SITE });
    const { route } = await signedInWorker(tabs);
    const contentScript = { id: extensionId, url: `${SITE}/`, tab: { id: 7 }, frameId: 0 };
    expect(await route(signInSite(7), contentScript)).toMatchObject({ ok: false, code: 'ForbiddenSender' });
    expect(await route({ type: 'auth.signInSite', input: { profileId: 'demo', tabId: -1 } }, popup)).toMatchObject({
      ok: false,
      code: 'BadMessage',
    });
    expect(writes).toEqual([]);
  });
});
