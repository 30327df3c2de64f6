import type { VaultMigration } from './vault-migration';

/**
 * Version 1: `meta` (the keyring record, which also held `autoLockMinutes` in v1) and `entries` (sealed OTP
 * entries), both keyed by `id`.
 */
export const v1CreateStores: VaultMigration = {
  version: 1,
  migrate(db) {
    db.createObjectStore('meta', { keyPath: 'id' });
    db.createObjectStore('entries', { keyPath: 'id' });
  },
};
