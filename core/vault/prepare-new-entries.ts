import type { OtpParams } from '../otp/otp-params';
import { validateOtpParams } from '../otp/validate-otp-params';
import { duplicateKey } from './duplicate-key';
import { normaliseOrigins } from './normalise-origin';
import type { UnlockedState } from './vault-internals';
import type { CognitoBinding } from './vault-messages';
import type { OtpEntry } from './vault-records';

/** A new entry before it has an id: parsed params plus where it may be used. */
export interface NewEntry {
  params: OtpParams;
  origins?: readonly string[];
  cognito?: CognitoBinding | null;
}

/**
 * Validates new entries and drops duplicates — of an entry already in the vault or of an earlier item in the
 * same list (same secret, issuer and account). Returns the entries to store and the indexes it dropped.
 * Throws (typed) on the first invalid item, before anything is written.
 */
export function prepareNewEntries(
  state: UnlockedState,
  list: readonly NewEntry[],
  options: { now: number; newId: () => string },
): { fresh: OtpEntry[]; duplicates: number[] } {
  const seen = new Set([...state.entries.values()].map((cached) => duplicateKey(cached.entry)));
  const fresh: OtpEntry[] = [];
  const duplicates: number[] = [];
  list.forEach((item, index) => {
    const params = validateOtpParams(item.params);
    const origins = normaliseOrigins(item.origins ?? []);
    const key = duplicateKey(params);
    if (seen.has(key)) {
      duplicates.push(index);
      return;
    }
    seen.add(key);
    const { now } = options;
    fresh.push({
      ...params,
      origins,
      cognito: item.cognito ?? null,
      id: options.newId(),
      createdAt: now,
      updatedAt: now,
    });
  });
  return { fresh, duplicates };
}
