import type { KeyValueStorage } from '../auth/index';
import type { StorageArea } from '../storage/create-area-storage';
import type { Sealer } from '../storage/create-sealed-storage';
import { isSealedKey } from './engine-storage-keys';

const KEY = 'sidekey.retiredSessions';
/** Retired sessions kept at most: each is a few kilobytes, and a user who signs out this often unlocks too. */
export const MAX_RETIRED = 50;
/** Attempts at ending a retired session before it is given up (only a dead network makes one fail). */
export const MAX_ATTEMPTS = 5;

/** The pool a retired session belongs to, copied from its profile, which may be gone by the time it is ended. */
export interface RetiredPool {
  userPoolId: string;
  userPoolClientId: string;
  userPoolEndpoint?: string;
  region?: string;
}

/**
 * A session Sidekey let go of while it could not end it: signed out, or its pool removed, while the vault was
 * locked, so the sealed refresh token could not be read to revoke it. Its engine storage is kept exactly as it was
 * on disk (tokens still sealed, each under its own key), so nothing secret is ever stored in plain text here.
 */
export interface RetiredSession {
  id: string;
  pool: RetiredPool;
  /** The engine storage's persistent values as stored (sealed values stay sealed). */
  stored: Record<string, string>;
  /** Also forget the remembered device (the pool was removed, not only signed out of). */
  forgetDevice: boolean;
  queuedAt: number;
  attempts: number;
}

/** What ending one retired session came to: done, or worth another try later (the network failed). */
type EndOutcome = 'ended' | 'retry';

/** Ends one retired session through an engine on `storage` (opened values, in memory). */
export type EndRetiredSession = (input: {
  pool: RetiredPool;
  storage: KeyValueStorage;
  forgetDevice: boolean;
}) => Promise<EndOutcome>;

function memoryStorage(values: Record<string, string>): KeyValueStorage {
  const data = new Map(Object.entries(values));
  return {
    getItem: async (key) => data.get(key) ?? null,
    setItem: async (key, value) => void data.set(key, value),
    removeItem: async (key) => void data.delete(key),
    clear: async () => data.clear(),
  };
}

/**
 * Sessions waiting to be ended with Cognito (docs/security.md §2): a sign-out or a pool removal while the vault is
 * locked still revokes the refresh token (RevokeToken) — and for a removal forgets the remembered device
 * (ForgetDevice) — once the vault is unlocked again. Kept in extension storage so a closed browser loses none.
 */
export function createRevocationQueue(options: {
  area: StorageArea;
  sealer: Pick<Sealer, 'openSecret' | 'sealState'>;
  now: () => number;
  newId: () => string;
}) {
  const { area, sealer } = options;
  async function load(): Promise<RetiredSession[]> {
    const value = (await area.get(KEY))[KEY];
    return Array.isArray(value) ? (value as RetiredSession[]) : [];
  }
  const save = (sessions: RetiredSession[]) => area.set({ [KEY]: sessions.slice(-MAX_RETIRED) });

  /** The session's values opened, or undefined while a sealed one cannot be (the vault is locked). */
  async function open(stored: Record<string, string>): Promise<Record<string, string> | undefined> {
    const opened: Record<string, string> = {};
    for (const [key, value] of Object.entries(stored)) {
      if (!isSealedKey(key) || (await sealer.sealState(value)) === 'plain') {
        opened[key] = value;
        continue;
      }
      const text = await sealer.openSecret(value, key);
      if (text === undefined) return undefined;
      opened[key] = text;
    }
    return opened;
  }

  return {
    /** Keeps a session to end later; one without a refresh token has nothing to revoke and is not kept. */
    async retire(input: { pool: RetiredPool; stored: Record<string, string>; forgetDevice: boolean }) {
      if (!Object.keys(input.stored).some((key) => key.endsWith('.refreshToken'))) return;
      const session: RetiredSession = { id: options.newId(), ...input, queuedAt: options.now(), attempts: 0 };
      await save([...(await load()), session]);
    },

    /** The sessions still waiting (for the popup's status and for tests); stored values are not returned. */
    async pending(): Promise<Array<Pick<RetiredSession, 'id' | 'pool' | 'forgetDevice' | 'queuedAt' | 'attempts'>>> {
      return (await load()).map(({ stored: _stored, ...rest }) => rest);
    },

    /**
     * Ends every retired session whose values can be opened now. One the network would not let end is tried
     * again next time, up to {@link MAX_ATTEMPTS}; one that cannot be opened yet (still locked) waits.
     */
    async endAll(end: EndRetiredSession): Promise<{ ended: number; waiting: number }> {
      const sessions = await load();
      if (sessions.length === 0) return { ended: 0, waiting: 0 };
      const kept: RetiredSession[] = [];
      let ended = 0;
      for (const session of sessions) {
        const opened = await open(session.stored);
        if (!opened) {
          kept.push(session);
          continue;
        }
        const outcome = await end({
          pool: session.pool,
          storage: memoryStorage(opened),
          forgetDevice: session.forgetDevice,
        });
        if (outcome === 'ended') ended += 1;
        else if (session.attempts + 1 < MAX_ATTEMPTS) kept.push({ ...session, attempts: session.attempts + 1 });
      }
      // Sessions retired while this ran are kept too: only the ones looked at here are replaced.
      const seen = new Set(sessions.map((session) => session.id));
      await save([...kept, ...(await load()).filter((session) => !seen.has(session.id))]);
      return { ended, waiting: kept.length };
    },
  };
}

export type RevocationQueue = ReturnType<typeof createRevocationQueue>;
