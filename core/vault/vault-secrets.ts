import { decodeBase64 } from '../encoding/decode-base64';
import { encodeBase64 } from '../encoding/encode-base64';
import { openSealedBytes } from './crypto/open-sealed-bytes';
import { sealBytes } from './crypto/seal-bytes';
import type { VaultInternals } from './vault-internals';

const FORMAT = 'v1';
const secretAad = (aad: string) => `sidekey:secret:${aad}`;

/**
 * Seals small secrets kept outside the vault's own stores (the sign-in engine's refresh tokens) under the vault's
 * data key. Neither call counts as vault use, and both answer `undefined` instead of failing while no key is
 * available (locked or not set up), so callers can keep the secret in memory instead.
 */
export function createSecretOperations(internals: VaultInternals) {
  return {
    /** `v1.<iv>.<ciphertext>` (AES-GCM, AAD bound to `aad`), or undefined without a key. */
    async sealSecret(text: string, aad: string): Promise<string | undefined> {
      const key = await internals.currentKey();
      if (!key) return undefined;
      const sealed = await sealBytes({
        key,
        plaintext: new TextEncoder().encode(text),
        aad: secretAad(aad),
        randomBytes: internals.randomBytes,
      });
      return [FORMAT, encodeBase64(sealed.iv), encodeBase64(sealed.data)].join('.');
    },

    /** The text {@link sealSecret} sealed under the same `aad`, or undefined without a key; tampering throws `VaultCorrupt`. */
    async openSecret(sealed: string, aad: string): Promise<string | undefined> {
      const key = await internals.currentKey();
      if (!key) return undefined;
      const [format, iv, data] = sealed.split('.');
      const plain = await openSealedBytes({
        key,
        iv: decodeBase64(format === FORMAT && iv ? iv : '', { code: 'VaultCorrupt' }),
        data: decodeBase64(data ?? '', { code: 'VaultCorrupt' }),
        aad: secretAad(aad),
        code: 'VaultCorrupt',
      });
      return new TextDecoder().decode(plain);
    },
  };
}
