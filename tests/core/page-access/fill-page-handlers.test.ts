import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../core/messages/create-router';
import { type FillPageTabs, fillPageHandlers } from '../../../core/page-access/fill-page-handlers';
import type { PoolProfile } from '../../../core/profiles/pool-profile';
import { makeTestVault, PASSPHRASE } from '../../core/vault/make-test-vault';
import { extensionId, extensionOrigin, popup } from '../messages/extension-senders';

const POOL_SITE = 'https://app.example.com';
const LOGIN_SITE = 'http://localhost:3000';
const pool: PoolProfile = {
  id: 'p1',
  label: 'App',
  userPoolId: 'eu-west-1_App',
  userPoolClientId: 'appclient',
  region: 'eu-west-1',
  origins: [POOL_SITE],
  createdAt: 0,
};

/** A worker whose tabs are `origins` by id; `refuses` makes the browser refuse to script that tab. */
async function worker(origins: Record<number, string>, options: { locked?: boolean; refuses?: number } = {}) {
  const test = makeTestVault();
  await test.vault.setup(PASSPHRASE);
  await test.vault.addLogin({ username: 'jo', password: 'jo-secret-pw', origins: [LOGIN_SITE] });
  if (options.locked) await test.vault.lock();
  const injected: number[] = [];
  const fillPageTabs: FillPageTabs = {
    originOf: async (tabId) => origins[tabId],
    injectFiller: async (tabId) => {
      if (tabId === options.refuses) throw new Error('Cannot access contents of the page.');
      injected.push(tabId);
    },
  };
  const route = createRouter({
    extensionId,
    extensionOrigin,
    context: { profiles: { list: async () => [pool] }, vault: test.vault, fillPageTabs },
    handlers: fillPageHandlers,
  });
  return { route, injected };
}

const fillPage = (tabId: number) => ({ type: 'site.fillPage', input: { tabId } });

describe('site.fillPage', () => {
  it('injects the filler into a tab on a pool’s site and answers its origin', async () => {
    const { route, injected } = await worker({ 3: POOL_SITE });
    expect(await route(fillPage(3), popup)).toEqual({ ok: true, data: { origin: POOL_SITE } });
    expect(injected).toEqual([3]);
  });

  it('injects the filler into a loopback tab a saved sign-in is bound to', async () => {
    const { route, injected } = await worker({ 5: LOGIN_SITE });
    expect(await route(fillPage(5), popup)).toMatchObject({ ok: true });
    expect(injected).toEqual([5]);
  });

  it('refuses a site nothing is bound to and injects nothing', async () => {
    const { route, injected } = await worker({ 3: 'https://elsewhere.example' });
    expect(await route(fillPage(3), popup)).toMatchObject({ ok: false, code: 'SiteNotBound' });
    expect(injected).toEqual([]);
  });

  it('injects while the vault is locked, when only the pools’ sites can be read, so the control offers to unlock', async () => {
    const { route, injected } = await worker({ 5: LOGIN_SITE }, { locked: true });
    expect(await route(fillPage(5), popup)).toMatchObject({ ok: true });
    expect(injected).toEqual([5]);
  });

  it('refuses plain http off loopback, a look-alike host, browser pages and a tab whose address is unknown', async () => {
    const { route, injected } = await worker({
      1: 'http://app.example.com',
      2: 'chrome://settings',
      3: 'http://localhost.evil.test',
    });
    for (const tabId of [1, 2, 3, 4]) {
      expect(await route(fillPage(tabId), popup)).toMatchObject({ ok: false, code: 'SiteNotUsable' });
    }
    expect(injected).toEqual([]);
  });

  it('answers SiteUnavailable when the browser will not script the tab', async () => {
    const { route } = await worker({ 3: POOL_SITE }, { refuses: 3 });
    expect(await route(fillPage(3), popup)).toMatchObject({ ok: false, code: 'SiteUnavailable' });
  });

  it('is refused to a content script, and to input without a tab id', async () => {
    const { route, injected } = await worker({ 3: POOL_SITE });
    const contentScript = { id: extensionId, url: `${POOL_SITE}/`, tab: { id: 3 }, frameId: 0 };
    expect(await route(fillPage(3), contentScript)).toMatchObject({ ok: false, code: 'ForbiddenSender' });
    expect(await route({ type: 'site.fillPage', input: {} }, popup)).toMatchObject({ ok: false, code: 'BadMessage' });
    expect(injected).toEqual([]);
  });
});
