import browser from 'webextension-polyfill';
import type { OpenAuthSession } from '../../core/auth/index';

/** `browser.identity.launchWebAuthFlow`: resolves with the URL the flow ended on, rejects when it cannot finish. */
export type LaunchWebAuthFlow = (details: { url: string; interactive: boolean }) => Promise<string | undefined>;

/** What browsers say when the person closes the sign-in window (Chrome, then Firefox). */
const CANCELLED = [/did not approve access/i, /cancel+ed or denied/i];

/**
 * The engine's hosted-UI port: a browser-owned sign-in window that resolves with the URL the hosted UI redirected
 * to (`https://<extension-id>.chromiumapp.org/…` in Chrome). `success` carries that URL; closing the window (or
 * ending without a URL) is `canceled`; any other failure, such as a page that could not be loaded, is `error`
 * with the browser's error kept. `launch` is the browser's function, a parameter so tests can stand in for it.
 * @see https://developer.chrome.com/docs/extensions/reference/api/identity#method-launchWebAuthFlow
 */
export async function openAuthSession(
  url: string,
  _redirectUrls: string[],
  launch: LaunchWebAuthFlow = (details) => browser.identity.launchWebAuthFlow(details),
): ReturnType<OpenAuthSession> {
  try {
    const callback = await launch({ url, interactive: true });
    return callback ? { type: 'success', url: callback } : { type: 'canceled' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return CANCELLED.some((pattern) => pattern.test(message)) ? { type: 'canceled' } : { type: 'error', error };
  }
}
