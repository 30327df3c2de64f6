import { SidekeyError } from '../errors/sidekey-error';
import type { Bytes, RandomBytes } from './crypto/bytes';
import { openSealedBytes } from './crypto/open-sealed-bytes';
import { sealBytes } from './crypto/seal-bytes';
import { type SealedRecord, VAULT_DB_VERSION } from './vault-db-schema';
import type { SealedStore } from './vault-records';

/** AAD of a record: its store, id and the schema version it was sealed under, so records cannot be swapped. */
const recordAad = (store: SealedStore, id: string, version: number) => `sidekey:${store}:${id}:v${version}`;

/** Encrypts a record's JSON under the data key (AES-GCM, random IV, AAD = store + id + schema version). */
export async function sealRecord(options: {
  store: SealedStore;
  value: { id: string };
  key: CryptoKey;
  randomBytes: RandomBytes;
}): Promise<SealedRecord> {
  const { store, value } = options;
  const plaintext: Bytes = new TextEncoder().encode(JSON.stringify(value));
  const sealed = await sealBytes({
    key: options.key,
    plaintext,
    aad: recordAad(store, value.id, VAULT_DB_VERSION),
    randomBytes: options.randomBytes,
  });
  return { id: value.id, v: VAULT_DB_VERSION, ...sealed };
}

/** Decrypts a sealed record back to its object; tampering, a wrong key or a moved record throw `VaultCorrupt`. */
export async function openRecord<T extends { id: string }>(options: {
  store: SealedStore;
  record: SealedRecord;
  key: CryptoKey;
}): Promise<T> {
  const { store, record } = options;
  const plain = await openSealedBytes({
    key: options.key,
    iv: record.iv,
    data: record.data,
    aad: recordAad(store, record.id, record.v),
    code: 'VaultCorrupt',
  });
  const value = JSON.parse(new TextDecoder().decode(plain)) as T;
  if (typeof value !== 'object' || value === null || value.id !== record.id) {
    throw new SidekeyError({ code: 'VaultCorrupt', message: 'A vault record does not match its id.' });
  }
  return value;
}
