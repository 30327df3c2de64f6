import type { KeyringRecord } from '../vault-db-schema';
import type { Bytes } from './bytes';
import { derivePassphraseKey } from './derive-passphrase-key';
import { openSealedBytes } from './open-sealed-bytes';
import { keyringAad } from './wrap-data-key';

/** Recovers the raw data key; a wrong passphrase fails the GCM tag and throws `VaultWrongPassphrase`. */
export async function unwrapDataKey(record: KeyringRecord, passphrase: string): Promise<Bytes> {
  const wrappingKey = await derivePassphraseKey(passphrase, record.kdf);
  return openSealedBytes({
    key: wrappingKey,
    iv: record.iv,
    data: record.wrappedKey,
    aad: keyringAad(record.keyId),
    code: 'VaultWrongPassphrase',
  });
}
