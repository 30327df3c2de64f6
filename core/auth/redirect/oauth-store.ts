import type { KeyValueStorage } from '../auth-storage';

/** The in-flight hosted-UI sign-in: the `state` sent and the PKCE verifier kept back. */
type OAuthInflight = { state: string; verifier: string; redirectUri: string };

/**
 * What a hosted-UI sign-in keeps in storage. The in-flight sign-in goes under Amplify's OAuth keys (docs/cognito-api.md §4.3:
 * `CognitoIdentityServiceProvider.<clientId>.oauthState`, `.oauthPKCE`, `.inflightOAuth`), so completion still
 * works when the worker was restarted between opening the hosted UI and the redirect. A finished one is marked
 * on its user with `<username>.oauthMetadata = {"oauthSignIn":true}`, so sign-out knows to end the hosted UI's
 * session too.
 */
export function createOAuthStore(options: { storage: KeyValueStorage; clientId: string }) {
  const { storage } = options;
  const prefix = `CognitoIdentityServiceProvider.${options.clientId}`;
  const keys = {
    state: `${prefix}.oauthState`,
    verifier: `${prefix}.oauthPKCE`,
    inflight: `${prefix}.inflightOAuth`,
  };
  return {
    async save(inflight: OAuthInflight): Promise<void> {
      await storage.setItem(keys.state, inflight.state);
      await storage.setItem(keys.verifier, inflight.verifier);
      await storage.setItem(keys.inflight, JSON.stringify({ redirectUri: inflight.redirectUri }));
    },
    async load(): Promise<OAuthInflight | undefined> {
      const [state, verifier, inflight] = await Promise.all([
        storage.getItem(keys.state),
        storage.getItem(keys.verifier),
        storage.getItem(keys.inflight),
      ]);
      if (!state || !verifier || !inflight) return undefined;
      try {
        const parsed: unknown = JSON.parse(inflight);
        const redirectUri = (parsed as { redirectUri?: unknown }).redirectUri;
        return typeof redirectUri === 'string' ? { state, verifier, redirectUri } : undefined;
      } catch {
        return undefined;
      }
    },
    async clear(): Promise<void> {
      await Promise.all(Object.values(keys).map((key) => storage.removeItem(key)));
    },
    async markHostedUiSignIn(username: string): Promise<void> {
      await storage.setItem(`${prefix}.${username}.oauthMetadata`, JSON.stringify({ oauthSignIn: true }));
    },
    async isHostedUiSignIn(username: string): Promise<boolean> {
      const raw = await storage.getItem(`${prefix}.${username}.oauthMetadata`);
      try {
        return raw !== null && (JSON.parse(raw) as { oauthSignIn?: unknown }).oauthSignIn === true;
      } catch {
        return false;
      }
    },
  };
}
