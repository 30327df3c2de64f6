import { cacheEntry } from './load-unlocked-state';
import { guardIdb } from './map-idb-error';
import { sealRecord } from './seal-record';
import { toCodeEntry } from './to-code-entry';
import { forgetDerived, type UnlockedState, type VaultInternals } from './vault-internals';
import type { LoginEntry, OtpEntry } from './vault-records';

/**
 * Seals entries and sign-ins, writes them in ONE IndexedDB transaction (all or nothing), and only then updates
 * the in-memory cache. Encryption happens before the transaction opens: a transaction cannot wait on WebCrypto.
 */
export async function writeRecords(
  internals: VaultInternals,
  state: UnlockedState,
  records: { entries?: readonly OtpEntry[]; logins?: readonly LoginEntry[] },
): Promise<void> {
  const entries = records.entries ?? [];
  const logins = records.logins ?? [];
  const seal = (store: 'entries' | 'logins', value: { id: string }) =>
    sealRecord({ store, value, key: state.key, randomBytes: internals.randomBytes });
  const [sealedEntries, sealedLogins] = await Promise.all([
    Promise.all(entries.map((value) => seal('entries', value))),
    Promise.all(logins.map((value) => seal('logins', value))),
  ]);
  await guardIdb(async () => {
    const tx = (await internals.db()).transaction(['entries', 'logins'], 'readwrite');
    const writes: Promise<unknown>[] = [tx.done];
    try {
      for (const record of sealedEntries) writes.push(tx.objectStore('entries').put(record));
      for (const record of sealedLogins) writes.push(tx.objectStore('logins').put(record));
    } catch (error) {
      // A put that throws (QuotaExceededError, a transaction the browser ended) leaves the earlier puts in a live
      // transaction that would commit them: abort it, so the write stays all or nothing, and let them fail quietly.
      try {
        tx.abort();
      } catch {
        // already ended
      }
      for (const write of writes) write.catch(() => undefined);
      throw error;
    }
    await Promise.all(writes);
  });
  const at = internals.now();
  for (const entry of entries) {
    const cached = cacheEntry(entry);
    toCodeEntry(cached, { at }); // compute the codes now, not on the popup's first paint
    state.entries.set(entry.id, cached);
  }
  if (entries.length > 0) forgetDerived(state);
  for (const login of logins) state.logins.set(login.id, login);
}
