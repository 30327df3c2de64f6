import type { Scripting, Tabs } from 'webextension-polyfill';
import { SidekeyError } from '../../core/errors/sidekey-error';
import type { SiteTabs } from '../../core/profiles/handlers/site-handlers';

/**
 * Runs in the site's top frame (isolated world: localStorage is the origin's, shared with the page): writes the
 * session only if the frame is still on the origin the worker checked. Self-contained, as executeScript sends it.
 */
function writeAmplifySession(origin: string, entries: Record<string, string>): boolean {
  if (location.origin !== origin) return false;
  for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  return true;
}

/** The tabs and scripting APIs as "Sign in on this site" uses them (core/profiles/handlers/site-handlers.ts). */
export function createSiteTabs(options: {
  tabs: Pick<Tabs.Static, 'get' | 'reload'>;
  scripting: Pick<Scripting.Static, 'executeScript'>;
}): SiteTabs {
  return {
    async originOf(tabId) {
      try {
        const { url } = await options.tabs.get(tabId);
        return url ? new URL(url).origin : undefined;
      } catch {
        return undefined; // a closed tab, or one whose address Sidekey may not read
      }
    },
    async writeSession({ tabId, origin, entries }) {
      let written: unknown;
      try {
        const [frame] = await options.scripting.executeScript({
          target: { tabId, frameIds: [0] },
          func: writeAmplifySession,
          args: [origin, entries],
        });
        written = frame?.result;
      } catch (error) {
        throw new SidekeyError({
          code: 'SiteUnavailable',
          message: 'Sidekey may not write to this page: allow Sidekey on this site, then try again.',
          cause: error,
        });
      }
      if (written !== true) return false;
      await options.tabs.reload(tabId);
      return true;
    },
  };
}
