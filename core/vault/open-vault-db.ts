import { type IDBPDatabase, type IDBPTransaction, wrap } from 'idb';
import { guardIdb } from './map-idb-error';
import { v1CreateStores } from './migrations/v1-create-stores';
import { v2AddLoginsAndSettings } from './migrations/v2-add-logins-and-settings';
import type { VaultMigration } from './migrations/vault-migration';
import { VAULT_DB_NAME, VAULT_DB_VERSION, type VaultDbSchema } from './vault-db-schema';

/** Every schema step in order; a new version adds one file and one line here. */
const VAULT_MIGRATIONS: readonly VaultMigration[] = [v1CreateStores, v2AddLoginsAndSettings];

/**
 * Opens (creating or upgrading) the vault database through the given IndexedDB factory — `indexedDB` in the
 * worker, fake-indexeddb in tests — running each migration step above the stored version in one upgrade
 * transaction. A database from a newer Sidekey throws `VaultVersionTooNew`.
 */
export function openVaultDb(options: {
  indexedDB: IDBFactory;
  name?: string;
  version?: number;
}): Promise<IDBPDatabase<VaultDbSchema>> {
  const version = options.version ?? VAULT_DB_VERSION;
  return guardIdb(async () => {
    const request = options.indexedDB.open(options.name ?? VAULT_DB_NAME, version);
    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result) as IDBPDatabase<unknown>;
      const transaction = wrap(request.transaction as IDBTransaction) as unknown as IDBPTransaction<
        unknown,
        string[],
        'versionchange'
      >;
      // An upgrade the browser ends half-way (closing, quota) rolls back whole and fails the open request, which
      // reports it; the transaction's own `done` and a late abort must not surface as unhandled rejections.
      transaction.done.catch(() => undefined);
      runMigrations(db, transaction, event.oldVersion, version).catch(() => {
        try {
          transaction.abort();
        } catch {
          // already ended
        }
      });
    });
    const db = (await wrap(request)) as IDBPDatabase<VaultDbSchema>;
    // Let a newer tab or worker upgrade the schema instead of being blocked by this connection.
    db.addEventListener('versionchange', () => db.close());
    return db;
  });
}

async function runMigrations(
  db: IDBPDatabase<unknown>,
  transaction: IDBPTransaction<unknown, string[], 'versionchange'>,
  from: number,
  to: number,
): Promise<void> {
  for (const step of VAULT_MIGRATIONS) {
    if (step.version > from && step.version <= to) await step.migrate(db, transaction);
  }
}
