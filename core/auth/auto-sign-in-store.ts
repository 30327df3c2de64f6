import type { SignInInput } from './amplify-shapes';
import type { KeyValueStorage } from './auth-storage';

/**
 * An auto sign-in armed by `signUp` (docs/cognito-api.md §6.1), as it is kept between calls so a restarted worker
 * can still finish it: who, Cognito's Session (SignUp's, then ConfirmSignUp's), the sign-in options and whether
 * the account is confirmed. The password, when the flow needs one, is a separate record (see below).
 */
type AutoSignIn = {
  username: string;
  session?: string;
  options?: SignInInput['options'];
  confirmed: boolean;
  /** When the last step (signUp or confirmSignUp) happened, ms since the epoch from the injected clock. */
  startedAt: number;
  /** The password `autoSignIn` signs in with; absent for USER_AUTH (the Session signs in) and CUSTOM_WITHOUT_SRP. */
  password?: string;
};

/**
 * How long an armed auto sign-in waits for its next step: Amplify's 3 minutes (its listener for `confirmSignUp`
 * stops after `MAX_AUTOSIGNIN_POLLING_MS`, docs/cognito-api.md §6.1), which is also the life of ConfirmSignUp's
 * Session (the client's AuthSessionValidity, 3 minutes by default).
 */
const AUTO_SIGN_IN_MS = 3 * 60 * 1000;

/** Keeps the armed auto sign-in in storage; an expired or damaged record reads as none and is wiped. */
export type AutoSignInStore = {
  load(): Promise<AutoSignIn | undefined>;
  save(autoSignIn: AutoSignIn): Promise<void>;
  clear(): Promise<void>;
};

const KEY_PREFIX = 'CognitoAutoSignIn.';
const PASSWORD_SUFFIX = '.password';

/** Whether a storage key holds an armed auto sign-in or its password (the worker keeps both in storage.session). */
export function isAutoSignInKey(key: string): boolean {
  return key.startsWith(KEY_PREFIX);
}

/** Whether a storage key holds the password of an armed auto sign-in (the worker seals it, docs/security.md §1). */
export function isAutoSignInPasswordKey(key: string): boolean {
  return isAutoSignInKey(key) && key.endsWith(PASSWORD_SUFFIX);
}

/**
 * Creates the store for one app client: the record under `CognitoAutoSignIn.<clientId>` and the password, when
 * there is one, under `CognitoAutoSignIn.<clientId>.password`, so a caller can route the password to sealed
 * storage. Both are removed together on every clear, expiry or damage.
 */
export function createAutoSignInStore(options: {
  storage: KeyValueStorage;
  clientId: string;
  now: () => number;
}): AutoSignInStore {
  const { storage } = options;
  const key = `${KEY_PREFIX}${options.clientId}`;
  const passwordKey = `${key}${PASSWORD_SUFFIX}`;
  const clear = async () => {
    await storage.removeItem(passwordKey);
    await storage.removeItem(key);
  };
  return {
    async load() {
      const record = decodeAutoSignIn(await storage.getItem(key));
      if (!record || options.now() - record.value.startedAt >= AUTO_SIGN_IN_MS) {
        await clear();
        return undefined;
      }
      if (!record.withPassword) return record.value;
      const password = await storage.getItem(passwordKey);
      // A password that cannot be read back (sealed under a vault now locked) leaves nothing to sign in with.
      if (password === null) {
        await clear();
        return undefined;
      }
      return { ...record.value, password };
    },
    async save(autoSignIn) {
      const { password, ...rest } = autoSignIn;
      if (password === undefined) await storage.removeItem(passwordKey);
      else await storage.setItem(passwordKey, password);
      await storage.setItem(key, JSON.stringify({ v: 1, ...rest, withPassword: password !== undefined }));
    },
    clear,
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Reads back what `save` wrote; anything else is treated as no auto sign-in rather than half-trusted. */
function decodeAutoSignIn(
  text: string | null,
): { value: Omit<AutoSignIn, 'password'>; withPassword: boolean } | undefined {
  if (!text) return undefined;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || raw.v !== 1) return undefined;
  if (!isString(raw.username) || typeof raw.confirmed !== 'boolean' || typeof raw.startedAt !== 'number')
    return undefined;
  if (raw.session !== undefined && !isString(raw.session)) return undefined;
  if (raw.options !== undefined && (typeof raw.options !== 'object' || raw.options === null)) return undefined;
  return {
    value: {
      username: raw.username,
      session: raw.session,
      options: raw.options as SignInInput['options'],
      confirmed: raw.confirmed,
      startedAt: raw.startedAt,
    },
    withPassword: raw.withPassword === true,
  };
}
