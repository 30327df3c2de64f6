// @vitest-environment happy-dom

import { describe, expect, it } from 'vitest';
import type { Scripting } from 'webextension-polyfill';
import { createSiteTabs } from '../../../entrypoints/background/site-tabs';

const ENTRIES = { 'CognitoIdentityServiceProvider.client.LastAuthUser': 'alice' };

/** executeScript that runs the function here, in a document whose origin is happy-dom's `location.origin`. */
function runHere(options: { fails?: boolean } = {}) {
  const targets: unknown[] = [];
  const executeScript = async (injection: Scripting.ScriptInjection) => {
    if (options.fails) throw new Error('Cannot access contents of the page.');
    targets.push(injection.target);
    const run = injection.func as (...args: unknown[]) => unknown;
    return [{ frameId: 0, result: run(...(injection.args ?? [])) }] as Scripting.InjectionResult[];
  };
  return { targets, scripting: { executeScript } };
}

function fakeTabs(url?: string) {
  const reloaded: number[] = [];
  return {
    reloaded,
    tabs: {
      get: async (tabId: number) => {
        if (url === undefined) throw new Error(`No tab with id: ${tabId}.`);
        return { id: tabId, url, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
      },
      reload: async (tabId?: number) => void reloaded.push(tabId ?? -1),
    },
  };
}

describe('createSiteTabs', () => {
  it('reads a tab’s origin, and nothing for a tab that is gone', async () => {
    const here = runHere();
    expect(await createSiteTabs({ ...fakeTabs('https://app.example/sign-in?x=1'), ...here }).originOf(3)).toBe(
      'https://app.example',
    );
    expect(await createSiteTabs({ ...fakeTabs(), ...here }).originOf(3)).toBeUndefined();
  });

  it('writes the entries into the top frame’s localStorage when it is on the origin, then reloads the tab', async () => {
    localStorage.clear();
    const { tabs, reloaded } = fakeTabs(location.href);
    const here = runHere();
    const written = await createSiteTabs({ tabs, ...here }).writeSession({
      tabId: 5,
      origin: location.origin,
      entries: ENTRIES,
    });
    expect(written).toBe(true);
    expect(localStorage.getItem('CognitoIdentityServiceProvider.client.LastAuthUser')).toBe('alice');
    expect(here.targets).toEqual([{ tabId: 5, frameIds: [0] }]);
    expect(reloaded).toEqual([5]);
  });

  it('writes nothing and reloads nothing when the frame is on another origin by the time the script runs', async () => {
    localStorage.clear();
    const { tabs, reloaded } = fakeTabs(location.href);
    const written = await createSiteTabs({ tabs, ...runHere() }).writeSession({
      tabId: 5,
      origin: 'https://elsewhere.example',
      entries: ENTRIES,
    });
    expect(written).toBe(false);
    expect(localStorage.length).toBe(0);
    expect(reloaded).toEqual([]);
  });

  it('answers SiteUnavailable when the browser will not let Sidekey script the page', async () => {
    const { tabs } = fakeTabs(location.href);
    await expect(
      createSiteTabs({ tabs, ...runHere({ fails: true }) }).writeSession({
        tabId: 5,
        origin: location.origin,
        entries: ENTRIES,
      }),
    ).rejects.toMatchObject({ code: 'SiteUnavailable' });
  });
});
