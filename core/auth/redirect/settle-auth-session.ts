import type { OpenAuthSession } from '../auth-client-config';

type AuthSessionResult = Awaited<ReturnType<OpenAuthSession>>;

/** What browsers say when the person closes the hosted-UI window (Chrome, then Firefox). */
const CANCELLED = [/did not approve access/i, /cancel+ed or denied/i];

/**
 * Turns a browser's web-auth-flow call (`browser.identity.launchWebAuthFlow`, which resolves with the redirect URL
 * and rejects when the window is closed or the page fails) into the engine's `openAuthSession` result:
 * `success` with the URL, `canceled` when the person closed the window, `error` otherwise.
 */
export async function settleAuthSession(launch: () => Promise<string | undefined>): Promise<AuthSessionResult> {
  try {
    const url = await launch();
    return url ? { type: 'success', url } : { type: 'canceled' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return CANCELLED.some((pattern) => pattern.test(message)) ? { type: 'canceled' } : { type: 'error', error };
  }
}
