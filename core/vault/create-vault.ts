import type { IDBPDatabase } from 'idb';
import type { KeyValueStorage } from '../auth/index';
import { SidekeyError } from '../errors/sidekey-error';
import { createUnlockSession } from './create-unlock-session';
import type { RandomBytes } from './crypto/bytes';
import { DEFAULT_KDF, type KdfChoice, type KdfParams } from './crypto/kdf-params';
import { unwrapDataKey } from './crypto/unwrap-data-key';
import { wrapDataKey } from './crypto/wrap-data-key';
import { createLocalSealingKey } from './local-sealing-key';
import { guardIdb } from './map-idb-error';
import { openVaultDb } from './open-vault-db';
import type { KeyringRecord, SettingsRecord, VaultDbSchema } from './vault-db-schema';
import { createEntryOperations } from './vault-entries';
import type { VaultInternals } from './vault-internals';
import { createLoginOperations } from './vault-logins';
import { AUTO_LOCK_MINUTES, MIN_PASSPHRASE_LENGTH, type VaultState, type VaultStatus } from './vault-messages';
import { createSecretOperations } from './vault-secrets';
import { createVaultSession } from './vault-session';
import { createTransferOperations } from './vault-transfer';

export interface VaultOptions {
  /** `indexedDB` in the worker, a fake-indexeddb `IDBFactory` in tests. */
  indexedDB: IDBFactory;
  dbName?: string;
  /** Memory-only storage for the unlocked data key: `browser.storage.session` in the worker. */
  session: KeyValueStorage;
  now: () => number;
  randomBytes: RandomBytes;
  /** KDF for new keyrings and backups; defaults to {@link DEFAULT_KDF}. Tests pass cheap settings. */
  kdf?: KdfChoice;
}

/**
 * The vault: OTP entries and saved sign-ins in IndexedDB, each sealed with AES-GCM under a random data key that
 * is wrapped by the user's passphrase. It starts `uninitialised` (nothing can be stored until a passphrase is
 * set), is `locked` when the data key is not in memory or the session area, and `unlocked` otherwise.
 */
export function createVault(options: VaultOptions) {
  const session = createVaultSession(options.session);
  let database: Promise<IDBPDatabase<VaultDbSchema>> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const db = () => {
    database ??= openVaultDb({ indexedDB: options.indexedDB, name: options.dbName }).catch((error) => {
      database = undefined;
      throw error;
    });
    return database;
  };
  const meta = async <T extends KeyringRecord | SettingsRecord>(id: T['id']) =>
    guardIdb(async () => (await (await db()).get('meta', id)) as T | undefined);
  const autoLockMinutes = async () =>
    (await meta<SettingsRecord>('settings'))?.autoLockMinutes ?? AUTO_LOCK_MINUTES.default;
  const exclusive = <T>(operation: () => Promise<T>): Promise<T> => {
    const run = queue.then(operation, operation);
    queue = run.catch(() => undefined);
    return run;
  };
  const unlock = createUnlockSession({
    session,
    db,
    keyring: () => meta<KeyringRecord>('keyring'),
    autoLockMinutes,
    now: options.now,
  });

  const internals: VaultInternals = {
    db,
    exclusive,
    now: options.now,
    randomBytes: options.randomBytes,
    newId: () => Array.from(options.randomBytes(16), (byte) => byte.toString(16).padStart(2, '0')).join(''),
    kdf: options.kdf ?? DEFAULT_KDF,
    async verifyPassphrase(passphrase: string) {
      const keyring = await meta<KeyringRecord>('keyring');
      if (!keyring) throw vaultError('VaultUninitialised', 'Set a passphrase first: the vault is not set up.');
      (await unwrapDataKey(keyring, passphrase)).fill(0);
    },
    currentKey: async () => (await unlock.current())?.key,
    hasPassphrase: async () => (await meta<KeyringRecord>('keyring')) !== undefined,
    async unlocked() {
      const current = await unlock.current();
      if (current) {
        unlock.touch();
        return current;
      }
      if (await meta<KeyringRecord>('keyring')) throw vaultError('VaultLocked', 'The vault is locked.');
      throw vaultError('VaultUninitialised', 'Set a passphrase first: the vault is not set up.');
    },
  };

  const vault = {
    /** Status, auto-lock setting and counts (counted without decrypting). */
    async state(): Promise<VaultState> {
      const keyring = await meta<KeyringRecord>('keyring');
      const unlocked = keyring ? Boolean(await unlock.current()) : false;
      const [entryCount, loginCount] = await guardIdb(async () =>
        Promise.all([(await db()).count('entries'), (await db()).count('logins')]),
      );
      return {
        status: !keyring ? 'uninitialised' : unlocked ? 'unlocked' : 'locked',
        autoLockMinutes: await autoLockMinutes(),
        entryCount,
        loginCount,
      };
    },

    /**
     * What the toolbar button shows, read from memory while unlocked (no IndexedDB, no codes computed): it runs on
     * every navigation of every tab. Not vault use, so switching tabs never postpones auto-lock.
     */
    async toolbarView(): Promise<{ status: VaultStatus; codeOrigins: ReadonlySet<string> }> {
      const current = await unlock.current();
      if (current) {
        current.boundOrigins ??= new Set([...current.entries.values()].flatMap(({ entry }) => entry.origins));
        return { status: 'unlocked', codeOrigins: current.boundOrigins };
      }
      const status = (await meta<KeyringRecord>('keyring')) ? 'locked' : 'uninitialised';
      return { status, codeOrigins: new Set() };
    },

    /** First run: chooses the passphrase, creates the data key and leaves the vault unlocked. */
    setup(passphrase: string): Promise<VaultState> {
      return exclusive(async () => {
        checkPassphrase(passphrase);
        if (await meta<KeyringRecord>('keyring')) {
          throw vaultError('VaultAlreadyInitialised', 'The vault already has a passphrase.');
        }
        const raw = options.randomBytes(32);
        const record = await wrapDataKey({
          dataKey: raw,
          keyId: internals.newId(),
          passphrase,
          kdf: internals.kdf,
          randomBytes: options.randomBytes,
          now: options.now(),
        });
        await guardIdb(async () => {
          const tx = (await db()).transaction(['meta', 'entries', 'logins'], 'readwrite');
          // Nothing may exist without a keyring; clear leftovers so no record is sealed under a lost key.
          await Promise.all([tx.objectStore('entries').clear(), tx.objectStore('logins').clear()]);
          await tx.objectStore('meta').put(record);
          await tx.done;
        });
        await unlock.start(record.keyId, raw);
        return vault.state();
      });
    },

    /** Unwraps the data key with the passphrase (`VaultWrongPassphrase` if it fails) and decrypts everything once. */
    unlock(passphrase: string): Promise<VaultState> {
      return exclusive(async () => {
        const keyring = await meta<KeyringRecord>('keyring');
        if (!keyring) throw vaultError('VaultUninitialised', 'Set a passphrase first: the vault is not set up.');
        // Always check the passphrase, even when already unlocked: a wrong one must never read as accepted.
        const raw = await unwrapDataKey(keyring, passphrase);
        if (!sameKdf(keyring.kdf, internals.kdf)) {
          // Stronger (or different) KDF settings since this keyring was written: re-wrap while we hold the passphrase.
          const rewrapped = await wrapDataKey({
            ...keyring,
            dataKey: raw,
            passphrase,
            kdf: internals.kdf,
            randomBytes: options.randomBytes,
            now: keyring.createdAt,
          });
          await guardIdb(async () => (await db()).put('meta', rewrapped));
        }
        if (await unlock.current()) raw.fill(0);
        else await unlock.start(keyring.keyId, raw);
        return vault.state();
      });
    },

    /** Forgets the data key in memory and in the session area. */
    lock(): Promise<VaultState> {
      return exclusive(async () => {
        await unlock.end();
        return vault.state();
      });
    },

    /** Re-wraps the same data key under a new passphrase (entries are not re-encrypted). */
    changePassphrase(current: string, next: string): Promise<VaultState> {
      return exclusive(async () => {
        checkPassphrase(next);
        const keyring = await meta<KeyringRecord>('keyring');
        if (!keyring) throw vaultError('VaultUninitialised', 'Set a passphrase first: the vault is not set up.');
        const raw = await unwrapDataKey(keyring, current);
        const record = await wrapDataKey({
          ...keyring,
          dataKey: raw,
          passphrase: next,
          kdf: internals.kdf,
          randomBytes: options.randomBytes,
          now: keyring.createdAt,
        });
        raw.fill(0);
        await guardIdb(async () => {
          await (await db()).put('meta', record);
        });
        return vault.state();
      });
    },

    /** Sets the idle minutes before auto-lock (0: only when the browser closes). Needs an unlocked vault. */
    setAutoLock(minutes: number): Promise<VaultState> {
      return exclusive(async () => {
        await internals.unlocked();
        const { min, max } = AUTO_LOCK_MINUTES;
        if (!Number.isSafeInteger(minutes) || minutes < min || minutes > max) {
          throw new SidekeyError({ code: 'BadMessage', message: `Auto-lock must be ${min} to ${max} minutes.` });
        }
        await guardIdb(async () => {
          await (await db()).put('meta', { id: 'settings', autoLockMinutes: minutes });
        });
        return vault.state();
      });
    },

    /** Locks when the vault has not been used for the auto-lock time; the worker calls this from an alarm. */
    async checkAutoLock(): Promise<boolean> {
      if (!(await unlock.expired())) return false;
      await vault.lock();
      return true;
    },

    /** The auto-lock setting, for the worker's idle detection interval. */
    autoLockMinutes,
    ...createEntryOperations(internals),
    ...createLoginOperations(internals),
    ...createTransferOperations(internals),
    ...createSecretOperations(internals, createLocalSealingKey({ db, now: options.now })),
  };
  return vault;
}

export type Vault = ReturnType<typeof createVault>;

function sameKdf(stored: KdfParams, choice: KdfChoice): boolean {
  return Object.entries(choice).every(([key, value]) => (stored as Record<string, unknown>)[key] === value);
}

function checkPassphrase(passphrase: string): void {
  if (typeof passphrase !== 'string' || passphrase.normalize('NFC').length < MIN_PASSPHRASE_LENGTH) {
    throw vaultError('VaultWeakPassphrase', `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
  if (passphrase.length > 1024) throw vaultError('VaultWeakPassphrase', 'That passphrase is too long.');
}

function vaultError(code: string, message: string): SidekeyError {
  return new SidekeyError({ code, message });
}
