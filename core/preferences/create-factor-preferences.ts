import { SidekeyError } from '../errors/sidekey-error';
import type { FactorName } from '../page/sign-in-page';
import type { StorageArea } from '../storage/create-area-storage';

const KEY = 'sidekey.factorPreferences';
/** Oldest preferences are dropped beyond this many accounts: they are hints, not data worth a quota. */
export const MAX_PREFERENCES = 500;

/** Which choice a preference answers: the second factor (MFA type) or the first factor (USER_AUTH). */
export type FactorChoice = 'mfa' | 'firstFactor';

/**
 * Where an account was used, as the place knows it: a page knows its origin (and, when only one pool serves it,
 * that pool); the popup knows the user pool it signs in to.
 */
export type AccountScope = { origin: string } | { userPoolId: string };

interface StoredPreference {
  /** `origin:<origin>` or `pool:<userPoolId>`. */
  scope: string;
  /** Lower case: Cognito matches usernames case-insensitively in most pools, and a preference is only a hint. */
  username: string;
  mfa?: FactorName;
  firstFactor?: FactorName;
  updatedAt: number;
}

interface StoredPreferences {
  version: 1;
  preferences: StoredPreference[];
}

const scopeKey = (scope: AccountScope) => ('origin' in scope ? `origin:${scope.origin}` : `pool:${scope.userPoolId}`);

function readStored(value: unknown): StoredPreferences {
  if (value === undefined) return { version: 1, preferences: [] };
  const stored = value as Partial<StoredPreferences>;
  if (stored?.version !== 1 || !Array.isArray(stored.preferences)) {
    throw new SidekeyError({ code: 'StorageCorrupt', message: 'The remembered sign-in choices could not be read.' });
  }
  return stored as StoredPreferences;
}

/**
 * The factor each account last picked — on a page's MFA or first-factor choice, or in the popup — so Sidekey can
 * preselect it next time. Only factor names are kept (never a secret, code or password), under the account's
 * username and where it was used, in one versioned key of extension storage. Stored data that cannot be read is
 * left as it is: reading it answers no preference, writing over it is refused (`StorageCorrupt`).
 */
export function createFactorPreferences(options: { area: StorageArea; now: () => number }) {
  async function load(): Promise<StoredPreferences> {
    return readStored((await options.area.get(KEY))[KEY]);
  }

  return {
    /** Remembers `factor` as this account's pick for `choice` in every scope given. */
    async remember(input: {
      scopes: readonly AccountScope[];
      username: string;
      choice: FactorChoice;
      factor: FactorName;
    }): Promise<void> {
      const stored = await load();
      const username = input.username.toLowerCase();
      const updatedAt = options.now();
      const preferences = [...stored.preferences];
      for (const scope of new Set(input.scopes.map(scopeKey))) {
        const index = preferences.findIndex((item) => item.scope === scope && item.username === username);
        const previous = index >= 0 ? preferences.splice(index, 1)[0] : undefined;
        preferences.push({ ...previous, scope, username, [input.choice]: input.factor, updatedAt });
      }
      const kept = preferences.sort((a, b) => a.updatedAt - b.updatedAt).slice(-MAX_PREFERENCES);
      await options.area.set({ [KEY]: { version: 1, preferences: kept } });
    },

    /** The account's most recent pick for `choice` in any of `scopes`, or null when none is known (or readable). */
    async preferred(input: {
      scopes: readonly AccountScope[];
      username: string;
      choice: FactorChoice;
    }): Promise<FactorName | null> {
      let stored: StoredPreferences;
      try {
        stored = await load();
      } catch {
        return null;
      }
      const scopes = new Set(input.scopes.map(scopeKey));
      const username = input.username.toLowerCase();
      const matches = stored.preferences
        .filter((item) => scopes.has(item.scope) && item.username === username && item[input.choice])
        .sort((a, b) => b.updatedAt - a.updatedAt);
      return matches[0]?.[input.choice] ?? null;
    },

    /**
     * Forgets every account's picks made in `scope` (a pool Sidekey no longer has). Unreadable stored data is left
     * as it is (`StorageCorrupt`).
     */
    async forget(input: { scope: AccountScope }): Promise<void> {
      const stored = await load();
      const scope = scopeKey(input.scope);
      const kept = stored.preferences.filter((item) => item.scope !== scope);
      if (kept.length === stored.preferences.length) return;
      await options.area.set({ [KEY]: { version: 1, preferences: kept } });
    },
  };
}

export type FactorPreferences = ReturnType<typeof createFactorPreferences>;
