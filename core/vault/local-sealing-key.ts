import type { IDBPDatabase } from 'idb';
import { guardIdb } from './map-idb-error';
import type { LocalKeyRecord, VaultDbSchema } from './vault-db-schema';

/**
 * The vault database's local sealing key (docs/security.md §1): a random AES-GCM-256 key made non-extractable
 * (WebCrypto `extractable: false`), kept in IndexedDB, never in `storage.local` and never in `storage.session`
 * (the browser empties that at restart, which would lose remembered devices). With `create`, the first caller makes
 * it inside one read-write transaction, so two callers racing still end up with the same key.
 */
export function createLocalSealingKey(options: { db: () => Promise<IDBPDatabase<VaultDbSchema>>; now: () => number }) {
  let cached: CryptoKey | undefined;
  const read = () =>
    guardIdb(async () => ((await (await options.db()).get('meta', 'localKey')) as LocalKeyRecord | undefined)?.key);
  return {
    /** The key, or undefined when none was made yet (nothing can have been sealed under it). */
    async existing(): Promise<CryptoKey | undefined> {
      cached ??= await read();
      return cached;
    },
    /** The key, made on first use. */
    async ensure(): Promise<CryptoKey> {
      cached ??= await read();
      if (cached) return cached;
      // Made before the transaction opens: awaiting anything but IndexedDB inside it would commit it early.
      const made = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      cached = await guardIdb(async () => {
        const tx = (await options.db()).transaction('meta', 'readwrite');
        const found = (await tx.store.get('localKey')) as LocalKeyRecord | undefined;
        if (!found) await tx.store.put({ id: 'localKey', key: made, createdAt: options.now() });
        await tx.done;
        return found?.key ?? made;
      });
      return cached;
    },
  };
}
