import type { IDBPDatabase } from 'idb';
import type { Bytes } from './crypto/bytes';
import { loadUnlockedState } from './load-unlocked-state';
import { toCodeEntry } from './to-code-entry';
import type { KeyringRecord, VaultDbSchema } from './vault-db-schema';
import type { UnlockedState } from './vault-internals';
import type { VaultSession } from './vault-session';

const TOUCH_EVERY_MS = 10_000;

/**
 * Holds the unlocked state: in memory, mirrored (data key and last use) in the session area so a restarted
 * worker picks it up again, and dropped once the vault has been idle for its auto-lock minutes.
 */
export function createUnlockSession(options: {
  session: VaultSession;
  db: () => Promise<IDBPDatabase<VaultDbSchema>>;
  keyring: () => Promise<KeyringRecord | undefined>;
  autoLockMinutes: () => Promise<number>;
  now: () => number;
}) {
  const { session, now } = options;
  let state: UnlockedState | undefined;
  let restoring: Promise<UnlockedState | undefined> | undefined;
  let generation = 0;
  let lastTouch = Number.NEGATIVE_INFINITY;

  const load = async (keyId: string, raw: Bytes) => {
    const loaded = await loadUnlockedState({ db: await options.db(), keyId, raw });
    // Compute every code once now, so the popup's first listCodes only reads memos.
    for (const cached of loaded.entries.values()) toCodeEntry(cached, { at: now() });
    return loaded;
  };
  const expired = async () => {
    const minutes = await options.autoLockMinutes();
    const last = await session.lastUsedAt();
    return minutes > 0 && last !== undefined && now() - last >= minutes * 60_000;
  };

  return {
    expired,
    /** The unlocked state, restoring it from the session area after a worker restart; undefined when locked. */
    async current(): Promise<UnlockedState | undefined> {
      if (state) return state;
      const started = generation;
      restoring ??= (async () => {
        const keyring = await options.keyring();
        const raw = keyring && (await session.loadKey(keyring.keyId));
        if (!keyring || !raw) return undefined;
        if (await expired()) {
          await session.clear();
          return undefined;
        }
        const loaded = await load(keyring.keyId, raw);
        raw.fill(0);
        // A lock that happened while this was decrypting wins.
        if (generation === started) state = loaded;
        return state;
      })().finally(() => {
        restoring = undefined;
      });
      return restoring;
    },
    /** Starts an unlocked session with a freshly unwrapped data key (zeroed afterwards). */
    async start(keyId: string, raw: Bytes): Promise<void> {
      state = await load(keyId, raw);
      await session.saveKey(keyId, raw);
      raw.fill(0);
      lastTouch = now();
      await session.touch(lastTouch);
    },
    /**
     * Records vault use for auto-lock (written at most every 10 s). No request waits for the write: the popup's first
     * `vault.listCodes` after 10 s idle (every real open) would otherwise wait a session-area round trip. A write that
     * fails costs at most an earlier auto-lock, never the request.
     */
    touch(): void {
      if (now() - lastTouch < TOUCH_EVERY_MS) return;
      lastTouch = now();
      session.touch(lastTouch).catch(() => undefined);
    },
    /** Forgets the data key in memory and in the session area. */
    async end(): Promise<void> {
      generation++;
      state = undefined;
      await session.clear();
    },
  };
}
