import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openVaultDb } from '../../../../core/vault/open-vault-db';

/** A version-1 database written with raw idb, the way Sidekey v1 laid it out. */
async function createV1(factory: IDBFactory, keyring: Record<string, unknown> | undefined) {
  const original = globalThis.indexedDB;
  globalThis.indexedDB = factory;
  try {
    const db = await openDB('vault', 1, {
      upgrade(database) {
        database.createObjectStore('meta', { keyPath: 'id' });
        database.createObjectStore('entries', { keyPath: 'id' });
      },
    });
    if (keyring) await db.put('meta', keyring);
    await db.put('entries', { id: 'e1', v: 1, iv: new Uint8Array(12), data: new Uint8Array([1, 2, 3]) });
    db.close();
  } finally {
    globalThis.indexedDB = original;
  }
}

describe('v2AddLoginsAndSettings', () => {
  it('upgrades a version-1 vault: adds logins, moves the auto-lock setting and keeps entries byte for byte', async () => {
    const factory = new IDBFactory();
    await createV1(factory, { id: 'keyring', keyId: 'k', wrappedKey: new Uint8Array([9]), autoLockMinutes: 5 });
    const db = await openVaultDb({ indexedDB: factory, name: 'vault' });
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'logins', 'meta']);
    expect(await db.get('meta', 'settings')).toEqual({ id: 'settings', autoLockMinutes: 5 });
    const keyring = await db.get('meta', 'keyring');
    expect(keyring).toEqual({ id: 'keyring', keyId: 'k', wrappedKey: new Uint8Array([9]) });
    expect(await db.get('entries', 'e1')).toEqual({
      id: 'e1',
      v: 1,
      iv: new Uint8Array(12),
      data: new Uint8Array([1, 2, 3]),
    });
    db.close();
  });

  it('upgrades an uninitialised version-1 vault with the default auto-lock', async () => {
    const factory = new IDBFactory();
    await createV1(factory, undefined);
    const db = await openVaultDb({ indexedDB: factory, name: 'vault' });
    expect(await db.get('meta', 'keyring')).toBeUndefined();
    expect(await db.get('meta', 'settings')).toEqual({ id: 'settings', autoLockMinutes: 15 });
    db.close();
  });

  it('builds the same schema from version 0 as from version 1', async () => {
    const db = await openVaultDb({ indexedDB: new IDBFactory(), name: 'fresh' });
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'logins', 'meta']);
    expect(await db.get('meta', 'settings')).toEqual({ id: 'settings', autoLockMinutes: 15 });
    db.close();
  });
});
