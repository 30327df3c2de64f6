import { decodeBase64 } from '../encoding/decode-base64';
import { encodeBase64 } from '../encoding/encode-base64';
import type { Bytes } from './crypto/bytes';

/**
 * A key/value area that lives in memory only and survives a stopped worker but not a browser restart — the
 * worker passes `browser.storage.session`. Values must be JSON-serialisable.
 */
export interface SessionArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

const KEY = 'sidekey.vault.dataKey';
const LAST_USED = 'sidekey.vault.lastUsedAt';

/**
 * Keeps the unwrapped data key (raw bytes, base64) and the last-use time in the session area while unlocked,
 * so a stopped worker stays unlocked until auto-lock. Nothing here is ever written to disk.
 */
export function createVaultSession(area: SessionArea) {
  return {
    async saveKey(keyId: string, raw: Bytes): Promise<void> {
      await area.set(KEY, { keyId, key: encodeBase64(raw) });
    },
    async loadKey(keyId: string): Promise<Bytes | undefined> {
      const stored = (await area.get(KEY)) as { keyId?: unknown; key?: unknown } | undefined;
      if (!stored || stored.keyId !== keyId || typeof stored.key !== 'string') return undefined;
      try {
        const raw = decodeBase64(stored.key, { code: 'VaultCorrupt' });
        return raw.length === 32 ? raw : undefined;
      } catch {
        return undefined;
      }
    },
    async touch(at: number): Promise<void> {
      await area.set(LAST_USED, at);
    },
    async lastUsedAt(): Promise<number | undefined> {
      const value = await area.get(LAST_USED);
      return typeof value === 'number' ? value : undefined;
    },
    async clear(): Promise<void> {
      await area.remove(KEY);
      await area.remove(LAST_USED);
    },
  };
}

export type VaultSession = ReturnType<typeof createVaultSession>;
