import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { makeTestVault, PASSPHRASE } from './make-test-vault';

describe('vault secrets', () => {
  it('seals a secret that only the same place can open', async () => {
    const { vault } = makeTestVault();
    await vault.setup(PASSPHRASE);
    const sealed = await vault.sealSecret('refresh-token-value', 'client.alice.refreshToken');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/);
    expect(sealed).not.toContain('refresh-token-value');
    expect(await vault.openSecret(sealed!, 'client.alice.refreshToken')).toBe('refresh-token-value');
    await expect(vault.openSecret(sealed!, 'client.bob.refreshToken')).rejects.toMatchObject({ code: 'VaultCorrupt' });
  });

  it('answers undefined instead of failing while the vault is locked', async () => {
    const { vault } = makeTestVault();
    await vault.setup(PASSPHRASE);
    const sealed = await vault.sealSecret('x', 'a');
    await vault.lock();
    expect(await vault.sealSecret('x', 'a')).toBeUndefined();
    expect(await vault.openSecret(sealed!, 'a')).toBeUndefined();
    await vault.unlock(PASSPHRASE);
    expect(await vault.openSecret(sealed!, 'a')).toBe('x');
  });

  it('refuses a tampered or malformed sealed value with VaultCorrupt', async () => {
    const { vault } = makeTestVault();
    await vault.setup(PASSPHRASE);
    const sealed = (await vault.sealSecret('secret', 'a'))!;
    const [format, iv, data] = sealed.split('.');
    const flipped = `${format}.${iv}.${data!.startsWith('A') ? `B${data!.slice(1)}` : `A${data!.slice(1)}`}`;
    for (const bad of [flipped, 'v2.AAAA.AAAA', 'l1.AAAA.AA*A', 'garbage', '']) {
      await expect(vault.openSecret(bad, 'a')).rejects.toMatchObject({ code: 'VaultCorrupt' });
    }
  });

  it('does not count as vault use, so background refreshes cannot hold off auto-lock', async () => {
    const { vault, clock } = makeTestVault();
    await vault.setup(PASSPHRASE);
    clock.now += 16 * 60_000;
    await vault.sealSecret('x', 'a');
    expect(await vault.checkAutoLock()).toBe(true);
  });

  it('seals under a non-extractable key kept in IndexedDB while the vault has no passphrase, readable by a restarted worker', async () => {
    const { vault, reopen, indexedDB } = makeTestVault();
    const sealed = await vault.sealSecret('device-password', 'c.dora.randomPasswordKey');
    expect(sealed).toMatch(/^l1\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/);
    expect(sealed).not.toContain('device-password');
    expect(await vault.sealState(sealed!)).toBe('current');
    expect(await reopen().openSecret(sealed!, 'c.dora.randomPasswordKey')).toBe('device-password');
    await expect(vault.openSecret(sealed!, 'c.eve.randomPasswordKey')).rejects.toMatchObject({ code: 'VaultCorrupt' });

    const record = (await readMeta(indexedDB, 'localKey')) as { key: CryptoKey };
    expect(record.key).toBeInstanceOf(CryptoKey);
    expect(record.key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', record.key)).rejects.toThrow();
  });

  it('makes one local key however many callers race to make it', async () => {
    const { vault, reopen } = makeTestVault();
    const other = reopen();
    const sealed = await Promise.all([
      vault.sealSecret('a', 'k'),
      other.sealSecret('b', 'k'),
      vault.sealSecret('c', 'k'),
    ]);
    const fresh = reopen();
    expect(await Promise.all(sealed.map((value) => fresh.openSecret(value!, 'k')))).toEqual(['a', 'b', 'c']);
  });

  it('calls values under the local key superseded once a passphrase is set, and tells plain values apart', async () => {
    const { vault } = makeTestVault();
    const local = (await vault.sealSecret('x', 'a'))!;
    await vault.setup(PASSPHRASE);
    expect(await vault.sealState(local)).toBe('superseded');
    expect(await vault.openSecret(local, 'a')).toBe('x');
    await vault.lock();
    // Still readable while locked: it was sealed before there was a passphrase to lock it under.
    expect(await vault.openSecret(local, 'a')).toBe('x');
    await vault.unlock(PASSPHRASE);
    expect(await vault.sealState((await vault.sealSecret('x', 'a'))!)).toBe('current');
    for (const plain of ['eyJhbGciOiJIUzI1NiJ9.e30.sig', 'us-east-1_2c4f1a52-device', '-6mYy3Fxx', 'cGFzc3dvcmQ='])
      expect(await vault.sealState(plain)).toBe('plain');
  });
});

/** One record of the vault database's `meta` store, read straight from IndexedDB. */
async function readMeta(indexedDB: IDBFactory, id: string): Promise<unknown> {
  const original = globalThis.indexedDB;
  globalThis.indexedDB = indexedDB;
  try {
    const db = await openDB('sidekey-vault');
    const record: unknown = await db.get('meta', id);
    db.close();
    return record;
  } finally {
    globalThis.indexedDB = original;
  }
}
