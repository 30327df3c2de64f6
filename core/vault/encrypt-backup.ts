import { encodeBase64 } from '../encoding/encode-base64';
import { BACKUP_AAD, type BackupContent, type BackupFile } from './backup-format';
import type { Bytes, RandomBytes } from './crypto/bytes';
import { derivePassphraseKey } from './crypto/derive-passphrase-key';
import type { KdfChoice } from './crypto/kdf-params';
import { sealBytes } from './crypto/seal-bytes';

/**
 * Writes a Sidekey backup: the content as JSON, AES-GCM under a key derived from the backup's own passphrase
 * (fresh salt, the vault's KDF choice), with the KDF params in the clear so any later version can open it.
 */
export async function encryptBackup(options: {
  content: BackupContent;
  passphrase: string;
  kdf: KdfChoice;
  randomBytes: RandomBytes;
  now: number;
}): Promise<string> {
  const kdf = { ...options.kdf, salt: encodeBase64(options.randomBytes(16)) };
  const key = await derivePassphraseKey(options.passphrase, kdf);
  const plaintext: Bytes = new TextEncoder().encode(JSON.stringify(options.content));
  const { iv, data } = await sealBytes({ key, plaintext, aad: BACKUP_AAD, randomBytes: options.randomBytes });
  plaintext.fill(0);
  const file: BackupFile = {
    format: 'sidekey-backup',
    version: 1,
    createdAt: new Date(options.now).toISOString(),
    kdf,
    iv: encodeBase64(iv),
    ciphertext: encodeBase64(data),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
