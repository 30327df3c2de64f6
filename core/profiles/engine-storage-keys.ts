import { isSignInStateKey } from '../auth/index';

/**
 * Which engine storage keys belong in session storage (kept while the browser runs, never on disk): the
 * sign-in in progress and the in-flight hosted-UI state and PKCE verifier. Tokens and remembered-device keys
 * must outlive a browser restart and go to persistent storage.
 */
export function isSessionKey(key: string): boolean {
  return isSignInStateKey(key) || /\.(oauthState|oauthPKCE|inflightOAuth)$/.test(key);
}

/** Keys holding a long-lived secret that may reach disk only sealed (Amplify's `<clientId>.<user>.refreshToken`). */
export function isSealedKey(key: string): boolean {
  return key.endsWith('.refreshToken');
}
