import { argon2id } from 'hash-wasm';
import { decodeBase64 } from '../../encoding/decode-base64';
import type { Bytes } from './bytes';
import type { KdfParams } from './kdf-params';

/**
 * Derives a non-extractable AES-GCM-256 key from a passphrase with the stored KDF params: Argon2id (RFC 9106) via
 * hash-wasm, or PBKDF2-HMAC-SHA256 (RFC 8018 §5.2) via WebCrypto. The passphrase is NFC-normalised first so the
 * same words typed on another keyboard still match.
 */
export async function derivePassphraseKey(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  const secret: Bytes = new TextEncoder().encode(passphrase.normalize('NFC'));
  const salt = decodeBase64(params.salt, { code: 'VaultCorrupt' });
  let bits: Bytes;
  if (params.name === 'argon2id') {
    const hash = await argon2id({
      password: secret,
      salt,
      memorySize: params.memoryKiB,
      iterations: params.iterations,
      parallelism: params.parallelism,
      hashLength: 32,
      outputType: 'binary',
    });
    bits = new Uint8Array(hash);
    hash.fill(0);
  } else {
    const base = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveBits']);
    const derived = await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: params.iterations },
      base,
      256,
    );
    bits = new Uint8Array(derived);
  }
  try {
    return await crypto.subtle.importKey('raw', bits, 'AES-GCM', false, ['encrypt', 'decrypt']);
  } finally {
    bits.fill(0);
    secret.fill(0);
  }
}
