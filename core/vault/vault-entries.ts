import { SidekeyError } from '../errors/sidekey-error';
import { validateOtpParams } from '../otp/validate-otp-params';
import { guardIdb } from './map-idb-error';
import { matchOrigin } from './match-origin';
import { normaliseOrigins } from './normalise-origin';
import { type NewEntry, prepareNewEntries } from './prepare-new-entries';
import { rankEntries } from './rank-entries';
import { toCodeEntry } from './to-code-entry';
import { forgetDerived, type UnlockedState, type VaultInternals } from './vault-internals';
import type { CodeEntry, CognitoBinding } from './vault-messages';
import type { OtpEntry } from './vault-records';
import { writeRecords } from './write-records';

/** One collator for all sorting: `localeCompare` with options builds a new one per call (slow for 1,000 entries). */
const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** OTP entry operations; every one needs an unlocked vault. */
export function createEntryOperations(internals: VaultInternals) {
  const write = (state: UnlockedState, entries: OtpEntry[]) => writeRecords(internals, state, { entries });
  const find = (state: UnlockedState, id: string) => {
    const cached = state.entries.get(id);
    if (!cached) throw new SidekeyError({ code: 'VaultNotFound', message: 'That entry no longer exists.' });
    return cached;
  };

  const operations = {
    /**
     * Codes at `at`, entries bound to `origin` first, then by issuer and account; only the first `limit` when
     * given (the popup's first screenful: codes are computed and sent for those alone). With `id`, that entry alone
     * (none when no entry has it), its code the only one computed and nothing sorted: the popup's per-period
     * refresh of the one code it offers.
     */
    async listCodes(options: { id?: string; origin?: string; at?: number; limit?: number } = {}): Promise<CodeEntry[]> {
      const state = await internals.unlocked();
      const at = options.at ?? internals.now();
      const origin = matchOrigin(options.origin);
      if (options.id !== undefined) {
        const cached = state.entries.get(options.id);
        return cached ? [toCodeEntry(cached, { at, origin })] : [];
      }
      state.sorted ??= [...state.entries.values()].sort(
        (a, b) =>
          byName.compare(a.entry.issuer, b.entry.issuer) ||
          byName.compare(a.entry.account, b.entry.account) ||
          a.entry.createdAt - b.entry.createdAt,
      );
      return rankEntries(state.sorted, { origin, limit: options.limit }).map((cached) =>
        toCodeEntry(cached, { at, origin }),
      );
    },

    /** Stores one entry; the same secret+issuer+account already stored throws `VaultDuplicate`. */
    addEntry(entry: NewEntry): Promise<CodeEntry> {
      return internals.exclusive(async () => {
        const [stored] = await operations.storeNewEntries([entry]);
        if (!stored) throw new SidekeyError({ code: 'VaultDuplicate', message: 'This entry is already in the vault.' });
        const state = await internals.unlocked();
        return toCodeEntry(find(state, stored.id), { at: internals.now() });
      });
    },

    /** Validates, de-duplicates and stores entries in one transaction; returns the stored ones. Callers hold `exclusive`. */
    async storeNewEntries(list: readonly NewEntry[]): Promise<OtpEntry[]> {
      const state = await internals.unlocked();
      const { fresh } = prepareNewEntries(state, list, { now: internals.now(), newId: internals.newId });
      if (fresh.length > 0) await write(state, fresh);
      return fresh;
    },

    /** Renames or rebinds an entry (its secret and settings never change after adding). */
    updateEntry(change: {
      id: string;
      issuer?: string;
      account?: string;
      origins?: readonly string[];
      cognito?: CognitoBinding | null;
    }): Promise<CodeEntry> {
      return internals.exclusive(async () => {
        const state = await internals.unlocked();
        const { entry } = find(state, change.id);
        const renamed = validateOtpParams({
          ...entry,
          issuer: change.issuer ?? entry.issuer,
          account: change.account ?? entry.account,
        });
        const next: OtpEntry = {
          ...entry,
          issuer: renamed.issuer,
          account: renamed.account,
          origins: change.origins ? normaliseOrigins(change.origins) : entry.origins,
          cognito: change.cognito === undefined ? entry.cognito : change.cognito,
          updatedAt: internals.now(),
        };
        await write(state, [next]);
        return toCodeEntry(find(state, next.id), { at: internals.now() });
      });
    },

    deleteEntry(id: string): Promise<{ deleted: true }> {
      return internals.exclusive(async () => {
        const state = await internals.unlocked();
        find(state, id);
        await guardIdb(async () => (await internals.db()).delete('entries', id));
        state.entries.delete(id);
        forgetDerived(state);
        return { deleted: true as const };
      });
    },

    /** Moves an HOTP counter on by one, persisted (sealed) before the new code is shown (RFC 4226 §7.2). */
    advanceHotp(id: string): Promise<CodeEntry> {
      return internals.exclusive(async () => {
        const state = await internals.unlocked();
        const { entry } = find(state, id);
        if (entry.kind !== 'hotp')
          throw new SidekeyError({ code: 'VaultNotHotp', message: 'Only HOTP entries advance.' });
        if (entry.counter >= Number.MAX_SAFE_INTEGER) {
          throw new SidekeyError({ code: 'OtpUriBadCounter', message: 'This counter cannot go any higher.' });
        }
        await write(state, [{ ...entry, counter: entry.counter + 1, updatedAt: internals.now() }]);
        return toCodeEntry(find(state, id), { at: internals.now() });
      });
    },

    /** Decrypted entries for export (all, or the given ids in vault order). */
    async entriesForExport(ids?: readonly string[]): Promise<OtpEntry[]> {
      const state = await internals.unlocked();
      if (!ids) return [...state.entries.values()].map((cached) => cached.entry);
      return ids.map((id) => find(state, id).entry);
    },
  };
  return operations;
}
