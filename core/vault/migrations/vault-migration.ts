import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * One schema step, run inside the `versionchange` transaction. It may only await that transaction's requests
 * (no crypto, no other I/O), so ciphertext is never touched here: records carry the version they were sealed
 * under in their AAD and are re-sealed lazily when next written.
 */
export interface VaultMigration {
  /** The version this step produces. */
  version: number;
  migrate: (
    db: IDBPDatabase<unknown>,
    transaction: IDBPTransaction<unknown, string[], 'versionchange'>,
  ) => Promise<void> | void;
}
