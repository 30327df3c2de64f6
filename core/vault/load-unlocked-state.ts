import type { IDBPDatabase } from 'idb';
import { Secret } from 'otpauth';
import type { Bytes } from './crypto/bytes';
import { importDataKey } from './crypto/import-data-key';
import { guardIdb } from './map-idb-error';
import { openRecord } from './seal-record';
import type { VaultDbSchema } from './vault-db-schema';
import type { CachedEntry, UnlockedState } from './vault-internals';
import type { LoginEntry, OtpEntry } from './vault-records';

/**
 * Imports the data key and decrypts every entry and sign-in once, in parallel, into the in-memory cache that
 * `vault.listCodes` reads (so listing never touches IndexedDB or AES again while unlocked).
 */
export async function loadUnlockedState(options: {
  db: IDBPDatabase<VaultDbSchema>;
  keyId: string;
  raw: Bytes;
}): Promise<UnlockedState> {
  const key = await importDataKey(options.raw);
  const [sealedEntries, sealedLogins] = await guardIdb(() =>
    Promise.all([options.db.getAll('entries'), options.db.getAll('logins')]),
  );
  const entries = await Promise.all(
    sealedEntries.map((record) => openRecord<OtpEntry>({ store: 'entries', record, key })),
  );
  const logins = await Promise.all(
    sealedLogins.map((record) => openRecord<LoginEntry>({ store: 'logins', record, key })),
  );
  return {
    keyId: options.keyId,
    key,
    entries: new Map(entries.map((entry) => [entry.id, cacheEntry(entry)])),
    logins: new Map(logins.map((login) => [login.id, login])),
  };
}

/** Wraps an entry for the cache, decoding its base32 secret once. */
export function cacheEntry(entry: OtpEntry): CachedEntry {
  return { entry, secret: Secret.fromBase32(entry.secret) };
}
