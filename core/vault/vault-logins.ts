import { SidekeyError } from '../errors/sidekey-error';
import { guardIdb } from './map-idb-error';
import { matchOrigin } from './match-origin';
import { normaliseOrigins } from './normalise-origin';
import type { VaultInternals } from './vault-internals';
import type { CognitoBinding, LoginSummary } from './vault-messages';
import type { LoginEntry } from './vault-records';
import { writeRecords } from './write-records';

/** A sign-in to save, as the options page or a later save prompt hands it over. */
export interface NewLogin {
  username: string;
  password: string;
  label?: string;
  origins: readonly string[];
  cognito?: CognitoBinding | null;
}

const summary = (login: LoginEntry, origin: string | undefined): LoginSummary => ({
  id: login.id,
  username: login.username,
  label: login.label,
  origins: [...login.origins],
  cognito: login.cognito ? { ...login.cognito } : null,
  boundToOrigin: origin !== undefined && login.origins.includes(origin),
  createdAt: login.createdAt,
  updatedAt: login.updatedAt,
});

/** Saved sign-in operations. Listing never includes passwords; `loginForFill` is for the worker's own use. */
export function createLoginOperations(internals: VaultInternals) {
  return {
    /** Saved sign-ins without passwords, those bound to `origin` first. */
    async listLogins(options: { origin?: string } = {}): Promise<LoginSummary[]> {
      const state = await internals.unlocked();
      const origin = matchOrigin(options.origin);
      return [...state.logins.values()]
        .map((login) => summary(login, origin))
        .sort((a, b) => Number(b.boundToOrigin) - Number(a.boundToOrigin) || a.username.localeCompare(b.username));
    },

    /** Saves a sign-in bound to at least one origin (a password with nowhere to go is refused). */
    addLogin(login: NewLogin): Promise<LoginSummary> {
      return internals.exclusive(async () => {
        const state = await internals.unlocked();
        const origins = normaliseOrigins(login.origins);
        if (origins.length === 0) {
          throw new SidekeyError({ code: 'VaultBadOrigin', message: 'A saved sign-in needs at least one origin.' });
        }
        const now = internals.now();
        const value: LoginEntry = {
          id: internals.newId(),
          username: login.username,
          password: login.password,
          label: login.label ?? '',
          origins,
          cognito: login.cognito ?? null,
          createdAt: now,
          updatedAt: now,
        };
        await writeRecords(internals, state, { logins: [value] });
        return summary(value, undefined);
      });
    },

    /**
     * Replaces a saved sign-in's password (the site accepted a new one), keeping its id, username and bindings.
     * With `origin`, only a sign-in bound to that origin is changed; any other answers `VaultNotFound`.
     */
    updateLoginPassword(options: { id: string; password: string; origin?: string }): Promise<LoginSummary> {
      return internals.exclusive(async () => {
        const state = await internals.unlocked();
        const login = state.logins.get(options.id);
        const origin = options.origin === undefined ? undefined : matchOrigin(options.origin);
        if (!login || (options.origin !== undefined && !(origin && login.origins.includes(origin)))) {
          throw new SidekeyError({ code: 'VaultNotFound', message: 'That sign-in is gone.' });
        }
        const value: LoginEntry = { ...login, password: options.password, updatedAt: internals.now() };
        await writeRecords(internals, state, { logins: [value] });
        return summary(value, origin);
      });
    },

    deleteLogin(id: string): Promise<{ deleted: true }> {
      return internals.exclusive(async () => {
        const state = await internals.unlocked();
        if (!state.logins.has(id)) throw new SidekeyError({ code: 'VaultNotFound', message: 'That sign-in is gone.' });
        await guardIdb(async () => (await internals.db()).delete('logins', id));
        state.logins.delete(id);
        return { deleted: true as const };
      });
    },

    /**
     * The full sign-in (with password) only when `origin` is one it is bound to — for the worker's fill path,
     * never exposed as a message that returns it to a page.
     */
    async loginForFill(options: { id: string; origin: string }): Promise<LoginEntry | undefined> {
      const state = await internals.unlocked();
      const login = state.logins.get(options.id);
      const origin = matchOrigin(options.origin);
      return login && origin && login.origins.includes(origin) ? { ...login } : undefined;
    },

    /** Decrypted sign-ins for a backup. */
    async loginsForExport(): Promise<LoginEntry[]> {
      const state = await internals.unlocked();
      return [...state.logins.values()];
    },
  };
}
