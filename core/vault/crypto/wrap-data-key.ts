import { encodeBase64 } from '../../encoding/encode-base64';
import type { KeyringRecord } from '../vault-db-schema';
import type { Bytes, RandomBytes } from './bytes';
import { derivePassphraseKey } from './derive-passphrase-key';
import type { KdfChoice } from './kdf-params';
import { sealBytes } from './seal-bytes';

/** AAD of the wrapped data key: it only opens as the key of this keyring. */
export const keyringAad = (keyId: string) => `sidekey:keyring:${keyId}`;

/**
 * Wraps the raw 256-bit data key under a key derived from the passphrase, with a fresh salt. Changing the
 * passphrase calls this again with the same data key, so no entry needs re-encrypting.
 */
export async function wrapDataKey(options: {
  dataKey: Bytes;
  keyId: string;
  passphrase: string;
  kdf: KdfChoice;
  randomBytes: RandomBytes;
  now: number;
}): Promise<KeyringRecord> {
  const kdf = { ...options.kdf, salt: encodeBase64(options.randomBytes(16)) };
  const wrappingKey = await derivePassphraseKey(options.passphrase, kdf);
  const { iv, data } = await sealBytes({
    key: wrappingKey,
    plaintext: options.dataKey,
    aad: keyringAad(options.keyId),
    randomBytes: options.randomBytes,
  });
  return { id: 'keyring', keyId: options.keyId, kdf, iv, wrappedKey: data, createdAt: options.now };
}
