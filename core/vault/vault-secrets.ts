import { decodeBase64 } from '../encoding/decode-base64';
import { encodeBase64 } from '../encoding/encode-base64';
import { SidekeyError } from '../errors/sidekey-error';
import { openSealedBytes } from './crypto/open-sealed-bytes';
import { sealBytes } from './crypto/seal-bytes';
import type { createLocalSealingKey } from './local-sealing-key';
import type { VaultInternals } from './vault-internals';

/** Sealed under the vault's data key (opens only while unlocked). */
const VAULT_FORMAT = 'v1';
/** Sealed under the local sealing key (the vault has no passphrase yet; local-sealing-key.ts). */
const LOCAL_FORMAT = 'l1';
const SEALED = /^(v1|l1)\.[A-Za-z0-9+/=]*\.[A-Za-z0-9+/=]*$/;
const secretAad = (aad: string) => `sidekey:secret:${aad}`;

/** How a stored value stands against what {@link createSecretOperations} writes now. */
export type SealState = 'plain' | 'current' | 'superseded';

/**
 * Seals small secrets kept outside the vault's own stores (the sign-in engine's tokens and remembered-device keys)
 * — docs/security.md §1. Once the vault has a passphrase they are sealed under its data key, and both calls answer
 * `undefined` instead of failing while it is locked, so callers keep the secret in memory instead; before that they
 * are sealed under the local sealing key. Neither call counts as vault use.
 */
export function createSecretOperations(internals: VaultInternals, localKey: ReturnType<typeof createLocalSealingKey>) {
  const keyFor = async (format: string, options: { create: boolean }): Promise<CryptoKey | undefined> => {
    if (format === VAULT_FORMAT) return internals.currentKey();
    return options.create ? localKey.ensure() : localKey.existing();
  };
  const preferredFormat = async () => ((await internals.hasPassphrase()) ? VAULT_FORMAT : LOCAL_FORMAT);

  return {
    /** `v1.<iv>.<ciphertext>` or `l1.…` (AES-GCM, AAD bound to `aad`), or undefined while the vault is locked. */
    async sealSecret(text: string, aad: string): Promise<string | undefined> {
      const format = await preferredFormat();
      const key = await keyFor(format, { create: true });
      if (!key) return undefined;
      const sealed = await sealBytes({
        key,
        plaintext: new TextEncoder().encode(text),
        aad: secretAad(aad),
        randomBytes: internals.randomBytes,
      });
      return [format, encodeBase64(sealed.iv), encodeBase64(sealed.data)].join('.');
    },

    /** The text {@link sealSecret} sealed under the same `aad`, or undefined without its key; tampering throws `VaultCorrupt`. */
    async openSecret(sealed: string, aad: string): Promise<string | undefined> {
      const [format = '', iv, data] = sealed.split('.');
      if (!SEALED.test(sealed))
        throw new SidekeyError({ code: 'VaultCorrupt', message: 'A sealed secret is malformed.' });
      const key = await keyFor(format, { create: false });
      if (!key) return undefined;
      const plain = await openSealedBytes({
        key,
        iv: decodeBase64(iv ?? '', { code: 'VaultCorrupt' }),
        data: decodeBase64(data ?? '', { code: 'VaultCorrupt' }),
        aad: secretAad(aad),
        code: 'VaultCorrupt',
      });
      return new TextDecoder().decode(plain);
    },

    /**
     * `plain` for a value stored before secrets were sealed (no sealed form starts `v1.` or `l1.`: JWTs start
     * `eyJ`, device keys with their region), `superseded` for one under the local key once the vault has a
     * passphrase, else `current`. Callers seal the first two again when they can (migration on read).
     */
    async sealState(stored: string): Promise<SealState> {
      if (!/^(v1|l1)\./.test(stored)) return 'plain';
      return stored.startsWith(`${await preferredFormat()}.`) ? 'current' : 'superseded';
    },
  };
}
