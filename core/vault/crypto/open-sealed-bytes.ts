import { SidekeyError } from '../../errors/sidekey-error';
import type { Bytes } from './bytes';

/**
 * Decrypts what {@link sealBytes} produced. A wrong key, a changed byte or a record moved to another id all fail
 * the GCM tag check and throw a `SidekeyError` with `code` (VaultWrongPassphrase for a key unwrap, VaultCorrupt
 * for a record).
 */
export async function openSealedBytes(options: {
  key: CryptoKey;
  iv: Bytes;
  data: Bytes;
  aad: string;
  code: string;
}): Promise<Bytes> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: options.iv, additionalData: new TextEncoder().encode(options.aad) },
      options.key,
      options.data,
    );
    return new Uint8Array(plain);
  } catch (cause) {
    const message =
      options.code === 'VaultWrongPassphrase'
        ? 'That passphrase is not right.'
        : 'A record failed its integrity check.';
    throw new SidekeyError({ code: options.code, message, cause });
  }
}
