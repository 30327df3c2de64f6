import type { AuthContext } from './auth-context';
import { requireAccessToken } from './auth-session';
import { createTokenStore } from './auth-storage';

/** A session as an Amplify v6 app keeps it in its own storage: key → value, under Amplify's key names. */
export interface SiteSession {
  username: string;
  entries: Record<string, string>;
}

/**
 * Sidekey's own, beyond Amplify: the signed-in session (refreshed first if it expired) as the entries an Amplify v6
 * app reads from its storage — `CognitoIdentityServiceProvider.<clientId>.LastAuthUser` and
 * `CognitoIdentityServiceProvider.<clientId>.<username>.{accessToken,idToken,refreshToken,clockDrift,signInDetails}`
 * (docs/cognito-api.md §4.3; the same layout the engine keeps, laid out by the same token store). The remembered
 * device's keys stay with Sidekey: the device is Sidekey's, and the site's session needs none. Nothing is
 * forgotten here: the caller writes the entries, then {@link releaseSession}.
 */
export async function handOverSession(context: AuthContext): Promise<SiteSession> {
  await requireAccessToken(context); // refreshes an expired session, or throws UserUnAuthenticatedException
  const tokens = (await context.tokens.load())!;
  const entries = new Map<string, string>();
  await createTokenStore({
    storage: {
      getItem: async (key) => entries.get(key) ?? null,
      setItem: async (key, value) => void entries.set(key, value),
      removeItem: async (key) => void entries.delete(key),
      clear: async () => entries.clear(),
    },
    clientId: context.clientId,
  }).save(tokens);
  return { username: tokens.username, entries: Object.fromEntries(entries) };
}

/**
 * Forgets the signed-in session here without revoking it with Cognito: it was handed to a site
 * ({@link handOverSession}), which now holds the only copy. With refresh-token rotation two holders of one refresh
 * token would end each other's sessions, and a revocation by either would end both (docs/security.md §2.1).
 */
export async function releaseSession(context: AuthContext): Promise<void> {
  await context.tokens.clear();
}
