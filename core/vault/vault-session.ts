import type { KeyValueStorage } from '../auth/index';
import { decodeBase64 } from '../encoding/decode-base64';
import { encodeBase64 } from '../encoding/encode-base64';
import type { Bytes } from './crypto/bytes';

const KEY = 'sidekey.vault.dataKey';
const LAST_USED = 'sidekey.vault.lastUsedAt';

/** The stored data-key record, or undefined when it is missing or not the JSON this module writes. */
function readKeyRecord(text: string | null): { keyId?: unknown; key?: unknown } | undefined {
  if (text === null) return undefined;
  try {
    const record: unknown = JSON.parse(text);
    return typeof record === 'object' && record !== null ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the unwrapped data key (raw bytes, base64) and the last-use time in a memory-only storage while unlocked —
 * the worker passes `browser.storage.session`, which survives a stopped worker but not a browser restart — so a
 * stopped worker stays unlocked until auto-lock. Nothing here is ever written to disk.
 */
export function createVaultSession(storage: KeyValueStorage) {
  return {
    async saveKey(keyId: string, raw: Bytes): Promise<void> {
      await storage.setItem(KEY, JSON.stringify({ keyId, key: encodeBase64(raw) }));
    },
    async loadKey(keyId: string): Promise<Bytes | undefined> {
      const stored = readKeyRecord(await storage.getItem(KEY));
      if (!stored || stored.keyId !== keyId || typeof stored.key !== 'string') return undefined;
      try {
        const raw = decodeBase64(stored.key, { code: 'VaultCorrupt' });
        return raw.length === 32 ? raw : undefined;
      } catch {
        return undefined;
      }
    },
    async touch(at: number): Promise<void> {
      await storage.setItem(LAST_USED, String(at));
    },
    async lastUsedAt(): Promise<number | undefined> {
      const text = await storage.getItem(LAST_USED);
      const value = text === null ? Number.NaN : Number(text);
      return Number.isFinite(value) ? value : undefined;
    },
    async clear(): Promise<void> {
      await storage.removeItem(KEY);
      await storage.removeItem(LAST_USED);
    },
  };
}

export type VaultSession = ReturnType<typeof createVaultSession>;
