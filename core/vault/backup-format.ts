import type { OtpParams } from '../otp/otp-params';
import type { KdfParams } from './crypto/kdf-params';
import type { CognitoBinding } from './vault-messages';

/** Sidekey's encrypted backup file (JSON). Only `kdf` and the envelope are readable without the passphrase. */
export interface BackupFile {
  format: 'sidekey-backup';
  version: 1;
  createdAt: string;
  kdf: KdfParams;
  /** base64 96-bit AES-GCM IV. */
  iv: string;
  /** base64 AES-GCM ciphertext of {@link BackupContent} as JSON, AAD {@link BACKUP_AAD}. */
  ciphertext: string;
}

export interface BackupContent {
  entries: Array<OtpParams & { origins: string[]; cognito: CognitoBinding | null }>;
  logins: Array<{
    username: string;
    password: string;
    label: string;
    origins: string[];
    cognito: CognitoBinding | null;
  }>;
}

export const BACKUP_AAD = 'sidekey-backup:v1';
export const BACKUP_FORMAT = 'sidekey-backup';
export const MAX_BACKUP_CHARS = 20 * 1024 * 1024;
