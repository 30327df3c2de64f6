import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openVaultDb } from '../../../../core/vault/open-vault-db';

describe('v1CreateStores', () => {
  it('creates the meta and entries stores on a fresh database (from version 0)', async () => {
    const db = await openVaultDb({ indexedDB: new IDBFactory(), name: 'v1', version: 1 });
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'meta']);
    expect(db.transaction('meta').store.keyPath).toBe('id');
    db.close();
  });
});
