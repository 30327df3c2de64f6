import { VAULT_DB_NAME } from '../../../core/vault/vault-db-schema';

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Test-only: every record of the vault's IndexedDB as canonical text (stores and keys in order, bytes as hex), so
 * two snapshots are equal exactly when the stored bytes are. Opens its own connection at the current version.
 */
export async function readRawVault(indexedDB: IDBFactory, name = VAULT_DB_NAME): Promise<string> {
  const db = await settle(indexedDB.open(name));
  try {
    const names = [...db.objectStoreNames].sort();
    const stores: Record<string, unknown[]> = {};
    if (names.length > 0) {
      const transaction = db.transaction(names, 'readonly');
      for (const store of names) stores[store] = await settle(transaction.objectStore(store).getAll());
    }
    return JSON.stringify({ version: db.version, stores }, (_key, value) =>
      ArrayBuffer.isView(value) ? Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex') : value,
    );
  } finally {
    db.close();
  }
}
