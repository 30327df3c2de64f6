import browser from 'webextension-polyfill';
import { parseOrigin } from '../../core/origins/parse-origin';
import { originMatchPattern } from '../../core/page-access/origin-match-pattern';

/**
 * Asks the user for host access to the sites being bound (optional host permissions), so the worker can run the
 * detector there (entrypoints/background/sync-detector-scripts.ts reacts to the grant). Call it synchronously
 * from the binding control's user gesture — before any `await` — or the browser refuses to prompt. Answers
 * whether access was granted; a refusal or an invalid origin never blocks the binding itself (the worker
 * validates origins), it only leaves "Fill on this page" as the way to fill there.
 */
export function requestSiteAccess(origins: readonly string[]): Promise<boolean> {
  const patterns = new Set<string>();
  for (const text of origins) {
    try {
      const origin = parseOrigin(text.includes('://') ? text : `https://${text}`);
      patterns.add(originMatchPattern(origin, { ports: import.meta.env.BROWSER !== 'firefox' }));
    } catch {
      // Not an origin Sidekey binds: the worker answers the binding request with the reason.
    }
  }
  if (patterns.size === 0) return Promise.resolve(true);
  try {
    return browser.permissions.request({ origins: [...patterns] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
