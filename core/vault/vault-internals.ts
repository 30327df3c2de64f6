import type { IDBPDatabase } from 'idb';
import type { Secret } from 'otpauth';
import type { RandomBytes } from './crypto/bytes';
import type { KdfChoice } from './crypto/kdf-params';
import type { VaultDbSchema } from './vault-db-schema';
import type { LoginEntry, OtpEntry } from './vault-records';

/** An entry in the unlocked cache, with its secret decoded once for fast code generation. */
export interface CachedEntry {
  entry: OtpEntry;
  secret: Secret;
  /** Codes of the last time step (TOTP) or counter (HOTP) computed, reused until it changes. */
  memo?: { step: number; code: string; nextCode: string };
}

/** What exists only while unlocked: the data key and every record, decrypted once. */
export interface UnlockedState {
  keyId: string;
  key: CryptoKey;
  entries: Map<string, CachedEntry>;
  logins: Map<string, LoginEntry>;
  /** Entries sorted by issuer and account, kept until the next write (sorting 1,000 names costs more than codes). */
  sorted?: CachedEntry[];
  /** Every origin some entry is bound to (the toolbar's dot), kept until the next write. */
  boundOrigins?: ReadonlySet<string>;
}

/** Drops what is derived from the entries after they change (a write or a delete). */
export function forgetDerived(state: UnlockedState): void {
  state.sorted = undefined;
  state.boundOrigins = undefined;
}

/** The shared plumbing the vault's operation modules are built on (see create-vault.ts). */
export interface VaultInternals {
  db(): Promise<IDBPDatabase<VaultDbSchema>>;
  /** The unlocked state; throws `VaultUninitialised` or `VaultLocked`. Counts as vault use for auto-lock. */
  unlocked(): Promise<UnlockedState>;
  /** The data key if unlocked, else undefined. Not vault use: background work must not hold off auto-lock. */
  currentKey(): Promise<CryptoKey | undefined>;
  /** Whether the vault has a passphrase (a keyring), locked or not. */
  hasPassphrase(): Promise<boolean>;
  /** Runs state-changing operations one at a time, so the cache and the database never disagree. */
  exclusive<T>(operation: () => Promise<T>): Promise<T>;
  /** Checks the vault passphrase again (plain exports); throws `VaultWrongPassphrase`. */
  verifyPassphrase(passphrase: string): Promise<void>;
  now(): number;
  randomBytes: RandomBytes;
  newId(): string;
  kdf: KdfChoice;
}
