import { decodeBase64 } from '../encoding/decode-base64';
import { SidekeyError } from '../errors/sidekey-error';
import { BACKUP_AAD, BACKUP_FORMAT, type BackupContent, MAX_BACKUP_CHARS } from './backup-format';
import { derivePassphraseKey } from './crypto/derive-passphrase-key';
import { checkImportKdfCost, parseKdfParams } from './crypto/kdf-params';
import { openSealedBytes } from './crypto/open-sealed-bytes';

/**
 * Opens a Sidekey backup. A file that is not one throws `BackupBadFormat`, a newer format
 * `BackupUnsupportedVersion`, key settings costlier than an unlock should be `BackupKdfTooCostly` (before any
 * key is derived), a wrong passphrase `VaultWrongPassphrase`. The content's items are returned unchecked
 * (`unknown`): the importer validates each and reports bad ones by index.
 */
export async function decryptBackup(
  text: string,
  passphrase: string,
): Promise<{ entries: unknown[]; logins: unknown[] }> {
  if (text.length > MAX_BACKUP_CHARS) throw bad('The file is too large to be a Sidekey backup.');
  let file: Record<string, unknown>;
  try {
    file = JSON.parse(text) as Record<string, unknown>;
  } catch (cause) {
    throw bad('The file is not a Sidekey backup (not JSON).', cause);
  }
  if (typeof file !== 'object' || file === null || file.format !== BACKUP_FORMAT) {
    throw bad('The file is not a Sidekey backup.');
  }
  if (file.version !== 1) {
    throw new SidekeyError({ code: 'BackupUnsupportedVersion', message: 'This backup is from a newer Sidekey.' });
  }
  if (typeof file.iv !== 'string' || typeof file.ciphertext !== 'string') throw bad('The backup is damaged.');
  const kdf = parseKdfParams(file.kdf, 'BackupBadFormat');
  checkImportKdfCost(kdf);
  const iv = decodeBase64(file.iv, { code: 'BackupBadFormat' });
  const data = decodeBase64(file.ciphertext, { code: 'BackupBadFormat' });
  if (iv.length !== 12) throw bad('The backup is damaged.');
  const key = await derivePassphraseKey(passphrase, kdf);
  const plain = await openSealedBytes({ key, iv, data, aad: BACKUP_AAD, code: 'VaultWrongPassphrase' });
  let content: Partial<BackupContent>;
  try {
    content = JSON.parse(new TextDecoder().decode(plain)) as Partial<BackupContent>;
  } catch (cause) {
    throw bad('The backup content is damaged.', cause);
  } finally {
    plain.fill(0);
  }
  const isObject = typeof content === 'object' && content !== null;
  if (
    !isObject ||
    !Array.isArray(content.entries) ||
    (content.logins !== undefined && !Array.isArray(content.logins))
  ) {
    throw bad('The backup content is damaged.');
  }
  return { entries: content.entries, logins: content.logins ?? [] };
}

function bad(message: string, cause?: unknown): SidekeyError {
  return new SidekeyError({ code: 'BackupBadFormat', message, cause });
}
