import { describe, expect, it } from 'vitest';
import { createVault } from '../../../core/vault/create-vault';
import { openVaultDb } from '../../../core/vault/open-vault-db';
import { faultyIndexedDb } from './faulty-indexeddb';
import { makeTestVault, memorySession, PASSPHRASE } from './make-test-vault';
import { readRawVault } from './read-raw-vault';

/*
 * IndexedDB faults against 1,000-entry vaults (docs/reliability-suite.md §4): a full disk, a transaction aborted in
 * the middle of its writes, an interrupted schema upgrade. Each failure is a typed vault error (mapped in
 * core/vault/map-idb-error.ts) and not one stored entry is lost or half-written.
 */

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const uris = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `otpauth://totp/Bulk:user${from + i}?secret=${SECRET}&issuer=Bulk`).join(
    '\n',
  );

/** A vault on the faulty factory with 1,000 entries and one sign-in. */
async function thousandEntryVault() {
  const idb = faultyIndexedDb();
  const test = makeTestVault({ indexedDB: idb.indexedDB });
  await test.vault.setup(PASSPHRASE);
  expect(await test.vault.importItems({ kind: 'otpauth-list', payload: uris(0, 1000) })).toMatchObject({
    added: 1000,
  });
  await test.vault.addLogin({ username: 'jo', password: 'jo-secret-pw', origins: ['https://app.example.com'] });
  return { ...test, idb };
}

/** What a restarted worker finds: a new vault on the same database, unlocked; its accounts in order. */
async function afterRestart(test: Awaited<ReturnType<typeof thousandEntryVault>>): Promise<string[]> {
  const restarted = test.reopen();
  await restarted.unlock(PASSPHRASE);
  const codes = await restarted.listCodes({ at: 0 });
  expect(await restarted.listLogins()).toHaveLength(1);
  return codes.map((entry) => entry.account).sort();
}

const accounts = (count: number) => Array.from({ length: count }, (_, i) => `user${i}`).sort();

describe('IndexedDB faults', () => {
  it('answers VaultFull when the disk fills in the middle of a 1,000-entry import, and loses and adds nothing', async () => {
    const test = await thousandEntryVault();
    const before = await readRawVault(test.indexedDB);
    test.idb.failPut({ kind: 'quota', atPut: 500 });
    await expect(test.vault.importItems({ kind: 'otpauth-list', payload: uris(1000, 1000) })).rejects.toMatchObject({
      code: 'VaultFull',
    });
    // Not the 499 records put before the failing one: the transaction is all or nothing.
    expect(await readRawVault(test.indexedDB)).toBe(before);
    expect(await test.vault.listCodes({ at: 0 })).toHaveLength(1000);
    expect(await afterRestart(test)).toEqual(accounts(1000));
    // Once there is room, the same import goes through whole.
    expect(await test.vault.importItems({ kind: 'otpauth-list', payload: uris(1000, 1000) })).toMatchObject({
      added: 1000,
    });
    expect(await afterRestart(test)).toEqual(accounts(2000));
  });

  it('answers VaultFull for a single entry or sign-in that does not fit, keeping the 1,000 already stored', async () => {
    const test = await thousandEntryVault();
    const before = await readRawVault(test.indexedDB);
    test.idb.failPut({ kind: 'quota', atPut: 1 });
    await expect(test.vault.importItems({ kind: 'otpauth-uri', payload: uris(5000, 1) })).rejects.toMatchObject({
      code: 'VaultFull',
    });
    test.idb.failPut({ kind: 'quota', atPut: 1 });
    await expect(
      test.vault.addLogin({ username: 'ann', password: 'pw', origins: ['https://app.example.com'] }),
    ).rejects.toMatchObject({ code: 'VaultFull' });
    expect(await readRawVault(test.indexedDB)).toBe(before);
    expect(await afterRestart(test)).toEqual(accounts(1000));
  });

  it('answers VaultUnavailable when a write is aborted half-way (the browser closing), and loses and adds nothing', async () => {
    const test = await thousandEntryVault();
    const before = await readRawVault(test.indexedDB);
    test.idb.failPut({ kind: 'abort', atPut: 700 });
    await expect(test.vault.importItems({ kind: 'otpauth-list', payload: uris(1000, 1000) })).rejects.toMatchObject({
      code: 'VaultUnavailable',
    });
    expect(await readRawVault(test.indexedDB)).toBe(before);
    expect(await test.vault.listCodes({ at: 0 })).toHaveLength(1000);
    expect(await afterRestart(test)).toEqual(accounts(1000));
  });

  it('keeps a 1,000-entry version-1 vault whole when its upgrade is interrupted, and upgrades it on the next open', async () => {
    const idb = faultyIndexedDb();
    // Version 1 as Sidekey v1 laid it out (tests/core/vault/migrations), with 1,000 entries.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = idb.indexedDB.open('sidekey-vault', 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('meta', { keyPath: 'id' });
        request.result.createObjectStore('entries', { keyPath: 'id' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction(['meta', 'entries'], 'readwrite');
      tx.objectStore('meta').put({ id: 'keyring', keyId: 'k', wrappedKey: new Uint8Array([9]), autoLockMinutes: 5 });
      for (let i = 0; i < 1000; i++) {
        tx.objectStore('entries').put({
          id: `e${i}`,
          v: 1,
          iv: new Uint8Array(12).fill(i & 255),
          data: new Uint8Array([i & 255, i >> 8]),
        });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    raw.close();
    const before = await readRawVault(idb.indexedDB);

    idb.failNextUpgrade();
    await expect(openVaultDb({ indexedDB: idb.indexedDB })).rejects.toMatchObject({ code: 'VaultUnavailable' });
    // Still version 1, byte for byte: the upgrade transaction rolled back as a whole.
    expect(await readRawVault(idb.indexedDB)).toBe(before);

    // The worker's next try (a new vault object, as after a restart) upgrades it and counts every entry.
    const vault = createVault({
      indexedDB: idb.indexedDB,
      session: memorySession(),
      now: () => 0,
      randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
    });
    expect(await vault.state()).toMatchObject({ status: 'locked', entryCount: 1000, autoLockMinutes: 5 });
    const upgraded = JSON.parse(await readRawVault(idb.indexedDB)) as {
      version: number;
      stores: Record<string, unknown[]>;
    };
    expect(upgraded.version).toBe(2);
    expect(upgraded.stores.entries).toEqual((JSON.parse(before) as typeof upgraded).stores.entries);
  });
});
