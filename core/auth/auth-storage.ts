import type { SignInDetails } from './amplify-shapes';

/*
 * What the engine keeps in the caller's storage under Amplify v6's keys (docs/cognito-api.md §4.3): the signed-in
 * user's tokens and each user's remembered-device keys. The sign-in in progress has its own record (sign-in-state.ts).
 */

/**
 * Amplify v6's async `KeyValueStorageInterface`: what `createAuthClient` keeps tokens, device keys and the
 * in-progress sign-in in. The extension passes a `browser.storage` adapter; tests pass a Map.
 */
export type KeyValueStorage = {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
  clear(): Promise<void>;
};

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

/** A remembered device: Cognito's keys plus the SRP password made for it at ConfirmDevice. */
export type StoredDevice = { deviceKey: string; deviceGroupKey: string; randomPassword: string };

/** Device keys per user; they outlive sign-out so the device stays remembered. */
export type DeviceStore = {
  load(username: string): Promise<StoredDevice | undefined>;
  save(username: string, device: StoredDevice): Promise<void>;
  clear(username: string): Promise<void>;
};

/**
 * Device metadata under Amplify's keys `CognitoIdentityServiceProvider.<clientId>.<username>.deviceKey`,
 * `.deviceGroupKey` and `.randomPasswordKey`; all three must be present to count (docs/cognito-api.md §4.3).
 */
export function createDeviceStore(options: { storage: KeyValueStorage; clientId: string }): DeviceStore {
  const { storage } = options;
  const key = (username: string, field: string) =>
    `CognitoIdentityServiceProvider.${options.clientId}.${username}.${field}`;
  return {
    async load(username) {
      const [deviceKey, deviceGroupKey, randomPassword] = await Promise.all(
        ['deviceKey', 'deviceGroupKey', 'randomPasswordKey'].map((field) => storage.getItem(key(username, field))),
      );
      if (!deviceKey || !deviceGroupKey || !randomPassword) return undefined;
      return { deviceKey, deviceGroupKey, randomPassword };
    },
    async save(username, device) {
      await storage.setItem(key(username, 'deviceKey'), device.deviceKey);
      await storage.setItem(key(username, 'deviceGroupKey'), device.deviceGroupKey);
      await storage.setItem(key(username, 'randomPasswordKey'), device.randomPassword);
    },
    async clear(username) {
      for (const field of ['deviceKey', 'deviceGroupKey', 'randomPasswordKey'])
        await storage.removeItem(key(username, field));
    },
  };
}
