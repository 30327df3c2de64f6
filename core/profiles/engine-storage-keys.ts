import { isAutoSignInKey, isSignInStateKey } from '../auth/index';

/**
 * Which engine storage keys belong in session storage (kept while the browser runs, never on disk): the
 * sign-in in progress, an armed auto sign-in (its password sealed, create-engine-storage.ts) and the in-flight
 * hosted-UI state and PKCE verifier. Tokens and remembered-device keys
 * must outlive a browser restart and go to persistent storage.
 */
export function isSessionKey(key: string): boolean {
  return isSignInStateKey(key) || isAutoSignInKey(key) || /\.(oauthState|oauthPKCE|inflightOAuth)$/.test(key);
}

/**
 * Keys holding a secret that may reach disk only sealed (docs/security.md §1): the user's tokens and the remembered
 * device's keys, under Amplify's `<clientId>.<user>.<field>` names (docs/cognito-api.md §4.3).
 */
export function isSealedKey(key: string): boolean {
  return /\.(refreshToken|accessToken|idToken|deviceKey|deviceGroupKey|randomPasswordKey)$/.test(key);
}
