import type { OAuthConfig, OpenAuthSession } from '../auth-client-config';
import type { KeyValueStorage } from '../key-value-storage';
import type { TokenStore } from '../token-store';

/**
 * What signInWithRedirect needs: the app client, the hosted-UI settings, a way to open the hosted UI and get the
 * redirect back (`browser.identity.launchWebAuthFlow` in the worker), storage for state and PKCE verifier, fetch
 * for the token endpoint, and the engine's clock, randomness and token store.
 */
export type RedirectContext = {
  clientId: string;
  oauth?: OAuthConfig;
  openAuthSession?: OpenAuthSession;
  storage: KeyValueStorage;
  fetch: typeof fetch;
  now: () => number;
  random: (byteCount: number) => Uint8Array;
  tokens: TokenStore;
};
