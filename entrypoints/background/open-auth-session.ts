import browser from 'webextension-polyfill';
import type { OpenAuthSession } from '../../core/auth/auth-client-config';

/**
 * The engine's hosted-UI port: a browser-owned sign-in window that resolves with the URL the hosted UI redirected
 * to (`https://<extension-id>.chromiumapp.org/…` in Chrome). Closing the window rejects, which is a cancel.
 * @see https://developer.chrome.com/docs/extensions/reference/api/identity#method-launchWebAuthFlow
 */
export const openAuthSession: OpenAuthSession = async (url) => {
  try {
    const callback = await browser.identity.launchWebAuthFlow({ url, interactive: true });
    return callback ? { type: 'success', url: callback } : { type: 'canceled' };
  } catch (error) {
    return { type: 'canceled', error };
  }
};
