import type { VaultMigration } from './vault-migration';

const DEFAULT_AUTO_LOCK_MINUTES = 15;

/**
 * Version 2: a `logins` store for saved sign-ins, and the auto-lock setting moves out of the keyring record into
 * its own `settings` record (so changing it never rewrites the wrapped key).
 */
export const v2AddLoginsAndSettings: VaultMigration = {
  version: 2,
  async migrate(db, transaction) {
    db.createObjectStore('logins', { keyPath: 'id' });
    const meta = transaction.objectStore('meta');
    const keyring = (await meta.get('keyring')) as Record<string, unknown> | undefined;
    const minutes = keyring?.autoLockMinutes;
    const autoLockMinutes = typeof minutes === 'number' && Number.isSafeInteger(minutes) ? minutes : undefined;
    if (keyring && 'autoLockMinutes' in keyring) {
      const { autoLockMinutes: _moved, ...rest } = keyring;
      await meta.put(rest);
    }
    await meta.put({ id: 'settings', autoLockMinutes: autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES });
  },
};
