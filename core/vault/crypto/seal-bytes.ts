import type { Bytes, RandomBytes } from './bytes';

/**
 * AES-GCM-256 encryption with a fresh random 96-bit IV (NIST SP 800-38D §8.2.2: random IVs stay safe far beyond
 * the vault's record count) and additional authenticated data binding the ciphertext to its place.
 */
export async function sealBytes(options: {
  key: CryptoKey;
  plaintext: Bytes;
  aad: string;
  randomBytes: RandomBytes;
}): Promise<{ iv: Bytes; data: Bytes }> {
  const iv = options.randomBytes(12);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(options.aad) },
    options.key,
    options.plaintext,
  );
  return { iv, data: new Uint8Array(data) };
}
