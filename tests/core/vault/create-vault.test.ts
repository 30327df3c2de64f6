import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createVault } from '../../../core/vault/create-vault';
import { DEFAULT_KDF, type KdfChoice } from '../../../core/vault/crypto/kdf-params';
import { openVaultDb } from '../../../core/vault/open-vault-db';
import type { KeyringRecord } from '../../../core/vault/vault-db-schema';
import { makeTestVault, PASSPHRASE, RFC_SECRET } from './make-test-vault';

const params = {
  kind: 'totp' as const,
  secret: RFC_SECRET,
  algorithm: 'SHA1' as const,
  digits: 6,
  period: 30,
  counter: 0,
  issuer: 'ACME',
  account: 'jo@example.com',
};

/** Every byte the vault database holds, as one string, to look for leaked plaintext. */
async function rawDump(indexedDB: IDBFactory): Promise<string> {
  const original = globalThis.indexedDB;
  globalThis.indexedDB = indexedDB;
  try {
    const db = await openDB('sidekey-vault');
    const all = [];
    for (const store of db.objectStoreNames) all.push(...(await db.getAll(store)));
    db.close();
    return JSON.stringify(all, (_key, value) =>
      value instanceof Uint8Array ? new TextDecoder('latin1').decode(value) : value,
    );
  } finally {
    globalThis.indexedDB = original;
  }
}

describe('createVault', () => {
  it('starts uninitialised and refuses to store anything until a passphrase is set', async () => {
    const { vault } = makeTestVault();
    expect(await vault.state()).toEqual({ status: 'uninitialised', autoLockMinutes: 15, entryCount: 0, loginCount: 0 });
    await expect(vault.addEntry({ params })).rejects.toMatchObject({ code: 'VaultUninitialised' });
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'VaultUninitialised' });
  });

  it('refuses a short passphrase and a second setup', async () => {
    const { vault } = makeTestVault();
    await expect(vault.setup('short')).rejects.toMatchObject({ code: 'VaultWeakPassphrase' });
    await vault.setup(PASSPHRASE);
    await expect(vault.setup(PASSPHRASE)).rejects.toMatchObject({ code: 'VaultAlreadyInitialised' });
  });

  it('keeps secrets, names and codes out of the database in plain text', async () => {
    const { vault, indexedDB } = makeTestVault();
    await vault.setup(PASSPHRASE);
    await vault.addEntry({ params, origins: ['https://acme.example'] });
    await vault.addLogin({ username: 'jo', password: 'hunter2-secret', origins: ['https://acme.example'] });
    const dump = await rawDump(indexedDB);
    for (const leak of [
      RFC_SECRET,
      '12345678901234567890',
      'jo@example.com',
      'ACME',
      'hunter2-secret',
      'acme.example',
    ]) {
      expect(dump).not.toContain(leak);
    }
  });

  it('locks, refuses a wrong passphrase and unlocks with the right one, entries intact', async () => {
    const { vault } = makeTestVault();
    await vault.setup(PASSPHRASE);
    const added = await vault.addEntry({ params });
    expect((await vault.lock()).status).toBe('locked');
    await expect(vault.listCodes()).rejects.toMatchObject({ code: 'VaultLocked' });
    await expect(vault.unlock('not the passphrase')).rejects.toMatchObject({ code: 'VaultWrongPassphrase' });
    expect(await vault.unlock(PASSPHRASE)).toMatchObject({ status: 'unlocked', entryCount: 1 });
    expect((await vault.listCodes()).map((entry) => entry.id)).toEqual([added.id]);
  });

  it('refuses a wrong passphrase even while already unlocked', async () => {
    const { vault } = makeTestVault();
    await vault.setup(PASSPHRASE);
    await expect(vault.unlock('not the passphrase')).rejects.toMatchObject({ code: 'VaultWrongPassphrase' });
    expect((await vault.unlock(PASSPHRASE)).status).toBe('unlocked');
  });

  it('changes the passphrase by re-wrapping the data key, keeping every entry', async () => {
    const { vault } = makeTestVault();
    await vault.setup(PASSPHRASE);
    await vault.addEntry({ params });
    await expect(vault.changePassphrase('wrong passphrase', 'a new passphrase')).rejects.toMatchObject({
      code: 'VaultWrongPassphrase',
    });
    await vault.changePassphrase(PASSPHRASE, 'a new passphrase');
    await vault.lock();
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'VaultWrongPassphrase' });
    await vault.unlock('a new passphrase');
    expect(await vault.listCodes()).toHaveLength(1);
  });

  it('stays unlocked across a worker restart through the session area, and not after lock', async () => {
    const { vault, reopen } = makeTestVault();
    await vault.setup(PASSPHRASE);
    await vault.addEntry({ params });
    const restarted = reopen();
    expect((await restarted.state()).status).toBe('unlocked');
    expect(await restarted.listCodes()).toHaveLength(1);
    await restarted.lock();
    expect((await reopen().state()).status).toBe('locked');
  });

  it('answers the toolbar from memory: bound origins follow adds, rebinds and deletes, and looking never counts as use', async () => {
    const { vault, clock, session } = makeTestVault();
    expect(await vault.toolbarView()).toEqual({ status: 'uninitialised', codeOrigins: new Set() });
    await vault.setup(PASSPHRASE);
    await vault.setAutoLock(5);
    const bound = await vault.addEntry({ params, origins: ['https://app.example'] });
    await vault.addEntry({ params: { ...params, account: 'unbound@example.com' } });
    expect(await vault.toolbarView()).toEqual({ status: 'unlocked', codeOrigins: new Set(['https://app.example']) });
    await vault.updateEntry({ id: bound.id, origins: ['https://other.example'] });
    expect((await vault.toolbarView()).codeOrigins).toEqual(new Set(['https://other.example']));
    await vault.deleteEntry(bound.id);
    expect((await vault.toolbarView()).codeOrigins).toEqual(new Set());
    const lastUse = [...session.data.entries()].find(([key]) => key.endsWith('lastUsedAt'))?.[1];
    expect(lastUse).toBeDefined();
    clock.now += 60_000;
    await vault.toolbarView();
    expect([...session.data.entries()].find(([key]) => key.endsWith('lastUsedAt'))?.[1]).toBe(lastUse);
    clock.now += 4 * 60_000;
    expect(await vault.checkAutoLock()).toBe(true);
    expect(await vault.toolbarView()).toEqual({ status: 'locked', codeOrigins: new Set() });
  });

  it('auto-locks after the idle minutes, also in a restarted worker', async () => {
    const { vault, reopen, clock, session } = makeTestVault();
    await vault.setup(PASSPHRASE);
    await vault.setAutoLock(5);
    clock.now += 4 * 60_000;
    expect(await vault.checkAutoLock()).toBe(false);
    await vault.listCodes(); // use resets the timer
    clock.now += 4 * 60_000;
    expect(await vault.checkAutoLock()).toBe(false);
    clock.now += 60_000;
    expect(await vault.checkAutoLock()).toBe(true);
    expect((await vault.state()).status).toBe('locked');
    expect(session.data.size).toBe(0);
    await vault.unlock(PASSPHRASE);
    clock.now += 6 * 60_000;
    expect((await reopen().state()).status).toBe('locked');
  });

  it('answers a request without waiting for its use to be recorded, and when recording it fails', async () => {
    const { vault, clock, session } = makeTestVault();
    await vault.setup(PASSPHRASE);
    await vault.addEntry({ params });
    const write = session.setItem.bind(session);
    const held: Array<() => Promise<void>> = [];
    session.setItem = (key, value) =>
      key.endsWith('lastUsedAt')
        ? new Promise((resolve) => held.push(() => write(key, value).then(resolve)))
        : write(key, value);
    clock.now += 11_000;
    expect(await vault.listCodes()).toHaveLength(1);
    expect(held).toHaveLength(1);
    await held[0]!();
    const lastUse = [...session.data.entries()].find(([key]) => key.endsWith('lastUsedAt'))?.[1];
    expect(Number(lastUse)).toBe(clock.now);
    session.setItem = (key, value) =>
      key.endsWith('lastUsedAt') ? Promise.reject(new Error('quota')) : write(key, value);
    clock.now += 11_000;
    expect(await vault.listCodes()).toHaveLength(1);
  });

  it('never auto-locks with the setting at 0 and refuses settings out of range', async () => {
    const { vault, clock } = makeTestVault();
    await vault.setup(PASSPHRASE);
    await vault.setAutoLock(0);
    clock.now += 10 * 24 * 3600_000;
    expect(await vault.checkAutoLock()).toBe(false);
    for (const minutes of [-1, 1.5, 1441, Number.NaN]) {
      await expect(vault.setAutoLock(minutes)).rejects.toMatchObject({ code: 'BadMessage' });
    }
  });

  it('re-wraps the data key with the current KDF settings on unlock, keeping entries', async () => {
    const { vault, indexedDB, session } = makeTestVault();
    await vault.setup(PASSPHRASE);
    await vault.addEntry({ params });
    await vault.lock();
    const argon = { name: 'argon2id', memoryKiB: 64, iterations: 1, parallelism: 1 } as const;
    const upgraded = createVault({
      indexedDB,
      session,
      now: () => Date.UTC(2026, 10, 26),
      randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
      kdf: argon,
    });
    await upgraded.unlock(PASSPHRASE);
    const db = await openVaultDb({ indexedDB });
    expect(await db.get('meta', 'keyring')).toMatchObject({ kdf: argon });
    db.close();
    await upgraded.lock();
    await upgraded.unlock(PASSPHRASE);
    expect(await upgraded.listCodes()).toHaveLength(1);
  });

  it('upgrades a vault made under the old 19 MiB × 2 setting to the default on its next unlock, and nothing else', {
    timeout: 120_000,
  }, async () => {
    const oldKdf: KdfChoice = { name: 'argon2id', memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 };
    const { vault, indexedDB, session } = makeTestVault({ kdf: oldKdf });
    await vault.setup(PASSPHRASE);
    await vault.addEntry({ params });
    await vault.lock();
    const db = await openVaultDb({ indexedDB });
    const before = {
      keyring: (await db.get('meta', 'keyring')) as KeyringRecord,
      entries: await db.getAll('entries'),
    };
    expect(before.keyring).toMatchObject({ kdf: oldKdf });
    const current = createVault({
      indexedDB,
      session,
      now: () => Date.UTC(2026, 11, 4),
      randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
    });
    await expect(current.unlock('wrong passphrase')).rejects.toMatchObject({ code: 'VaultWrongPassphrase' });
    expect(await db.get('meta', 'keyring')).toEqual(before.keyring);
    await current.unlock(PASSPHRASE);
    const after = (await db.get('meta', 'keyring')) as KeyringRecord;
    expect(after).toMatchObject({
      kdf: DEFAULT_KDF,
      keyId: before.keyring.keyId,
      createdAt: before.keyring.createdAt,
    });
    expect(after.kdf.salt).not.toBe(before.keyring.kdf.salt);
    expect(after.wrappedKey).not.toEqual(before.keyring.wrappedKey);
    expect(await db.getAll('entries')).toEqual(before.entries);
    db.close();
    await current.lock();
    await current.unlock(PASSPHRASE);
    expect((await current.listCodes()).map((entry) => entry.issuer)).toEqual([params.issuer]);
  });

  it('derives with Argon2id as well as PBKDF2', async () => {
    const { vault } = makeTestVault({ kdf: { name: 'argon2id', memoryKiB: 64, iterations: 1, parallelism: 1 } });
    await vault.setup(PASSPHRASE);
    await vault.lock();
    await expect(vault.unlock('wrong passphrase')).rejects.toMatchObject({ code: 'VaultWrongPassphrase' });
    expect((await vault.unlock(PASSPHRASE)).status).toBe('unlocked');
  });
});
