import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openVaultDb } from '../../../core/vault/open-vault-db';
import { VAULT_DB_VERSION } from '../../../core/vault/vault-db-schema';

describe('openVaultDb', () => {
  it('opens an existing current database without running migrations again', async () => {
    const factory = new IDBFactory();
    const first = await openVaultDb({ indexedDB: factory, name: 'x' });
    await first.put('meta', { id: 'settings', autoLockMinutes: 42 });
    first.close();
    const second = await openVaultDb({ indexedDB: factory, name: 'x' });
    expect(await second.get('meta', 'settings')).toEqual({ id: 'settings', autoLockMinutes: 42 });
    second.close();
  });

  it('refuses a database written by a newer Sidekey with VaultVersionTooNew', async () => {
    const factory = new IDBFactory();
    const newer = await openVaultDb({ indexedDB: factory, name: 'y', version: VAULT_DB_VERSION + 1 });
    newer.close();
    await expect(openVaultDb({ indexedDB: factory, name: 'y' })).rejects.toMatchObject({ code: 'VaultVersionTooNew' });
  });
});
