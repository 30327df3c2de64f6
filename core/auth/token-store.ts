import type { KeyValueStorage } from './key-value-storage';
import type { SignInDetails } from './sign-in-types';

/** The tokens of the signed-in user as stored (strings: JWTs, the refresh token). */
export type StoredTokens = {
  username: string;
  accessToken: string;
  idToken?: string;
  refreshToken?: string;
  /** `iat*1000 − now` when stored, in ms (docs/cognito-api.md §4.2). */
  clockDrift: number;
  signInDetails?: SignInDetails;
};

/** Reads and writes tokens under Amplify's keys, so each user of each app client has their own. */
export type TokenStore = {
  load(): Promise<StoredTokens | undefined>;
  save(tokens: StoredTokens): Promise<void>;
  clear(): Promise<void>;
};

const FIELDS = ['accessToken', 'idToken', 'refreshToken', 'clockDrift', 'signInDetails'] as const;

/**
 * Token storage with Amplify v6's key layout (docs/cognito-api.md §4.3):
 * `CognitoIdentityServiceProvider.<clientId>.LastAuthUser` names the user and
 * `CognitoIdentityServiceProvider.<clientId>.<username>.<field>` holds each token. Clearing keeps device keys.
 */
export function createTokenStore(options: { storage: KeyValueStorage; clientId: string }): TokenStore {
  const { storage } = options;
  const prefix = `CognitoIdentityServiceProvider.${options.clientId}`;
  const lastUserKey = `${prefix}.LastAuthUser`;
  const key = (username: string, field: string) => `${prefix}.${username}.${field}`;
  const setOrRemove = (name: string, value: string | undefined) =>
    value === undefined ? storage.removeItem(name) : storage.setItem(name, value);

  return {
    async load() {
      const username = await storage.getItem(lastUserKey);
      if (!username) return undefined;
      const [accessToken, idToken, refreshToken, clockDrift, details] = await Promise.all(
        FIELDS.map((field) => storage.getItem(key(username, field))),
      );
      if (!accessToken) return undefined;
      let signInDetails: SignInDetails | undefined;
      try {
        signInDetails = details ? (JSON.parse(details) as SignInDetails) : undefined;
      } catch {
        signInDetails = undefined;
      }
      return {
        username,
        accessToken,
        idToken: idToken ?? undefined,
        refreshToken: refreshToken ?? undefined,
        clockDrift: Number(clockDrift) || 0,
        signInDetails,
      };
    },
    async save(tokens) {
      const { username } = tokens;
      await storage.setItem(key(username, 'accessToken'), tokens.accessToken);
      await setOrRemove(key(username, 'idToken'), tokens.idToken);
      await setOrRemove(key(username, 'refreshToken'), tokens.refreshToken);
      await storage.setItem(key(username, 'clockDrift'), String(tokens.clockDrift));
      await setOrRemove(
        key(username, 'signInDetails'),
        tokens.signInDetails ? JSON.stringify(tokens.signInDetails) : undefined,
      );
      await storage.setItem(lastUserKey, username);
    },
    async clear() {
      const username = await storage.getItem(lastUserKey);
      if (username) for (const field of [...FIELDS, 'oauthMetadata']) await storage.removeItem(key(username, field));
      await storage.removeItem(lastUserKey);
    },
  };
}
