import type { Bytes } from './bytes';

/** Turns the raw data key into a non-extractable AES-GCM key for record encryption. */
export function importDataKey(raw: Bytes): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}
