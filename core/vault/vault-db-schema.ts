import type { DBSchema } from 'idb';
import type { Bytes } from './crypto/bytes';
import type { KdfParams } from './crypto/kdf-params';

/** The schema version the code writes; migrations/ holds one step per version. */
export const VAULT_DB_VERSION = 2;
export const VAULT_DB_NAME = 'sidekey-vault';

/** An encrypted record: AES-GCM over the JSON of the record, AAD = store + id + `v` (see seal-record.ts). */
export interface SealedRecord {
  id: string;
  /** Schema version the record was sealed under (part of the AAD). */
  v: number;
  iv: Bytes;
  data: Bytes;
}

/** The passphrase-wrapped data key and how to derive the wrapping key again. */
export interface KeyringRecord {
  id: 'keyring';
  /** Random id of this data key, so a key left in storage.session from an older vault is never used. */
  keyId: string;
  kdf: KdfParams;
  iv: Bytes;
  wrappedKey: Bytes;
  createdAt: number;
}

export interface SettingsRecord {
  id: 'settings';
  autoLockMinutes: number;
}

/**
 * The key that seals the sign-in engine's secrets while the vault has no passphrase (vault-secrets.ts): AES-GCM-256,
 * made non-extractable, so script can use it but never read its bytes.
 */
export interface LocalKeyRecord {
  id: 'localKey';
  key: CryptoKey;
  createdAt: number;
}

export interface VaultDbSchema extends DBSchema {
  meta: { key: string; value: KeyringRecord | SettingsRecord | LocalKeyRecord };
  entries: { key: string; value: SealedRecord };
  logins: { key: string; value: SealedRecord };
}
