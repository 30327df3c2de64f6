import { SidekeyError } from '../../errors/sidekey-error';

/** How a passphrase becomes a 256-bit key; stored next to what it protects so settings can change later. */
export type KdfParams =
  | { name: 'argon2id'; salt: string; memoryKiB: number; iterations: number; parallelism: number }
  | { name: 'pbkdf2-sha256'; salt: string; iterations: number };

/** KDF settings without the salt (a fresh random salt is drawn every time a key is wrapped). */
export type KdfChoice =
  | Omit<Extract<KdfParams, { name: 'argon2id' }>, 'salt'>
  | Omit<Extract<KdfParams, { name: 'pbkdf2-sha256' }>, 'salt'>;

/**
 * Argon2id, m = 64 MiB, t = 3, p = 1: above the OWASP Password Storage Cheat Sheet's Argon2id profiles (19 MiB t = 2,
 * 46 MiB t = 1) and RFC 9106 §4's second recommended option in memory and passes. p = 1 because hash-wasm runs one
 * lane at a time (p = 4 only costs more here). Chosen by bench/vault-kdf.ts: see README's vault-kdf row for the
 * figures and the low-end-laptop assumption behind "unlocks in at most a second". Vaults wrapped under older
 * settings are re-wrapped under this one on their next successful unlock (createVault's unlock).
 * @see https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id
 */
export const DEFAULT_KDF: KdfChoice = { name: 'argon2id', memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };

/**
 * The most a backup from elsewhere may ask an import to spend: twice our own memory and passes (Argon2id, up to
 * 4 lanes), or PBKDF2-SHA256 at twice 600,000 iterations, which costs about what our Argon2id setting does.
 */
export const IMPORT_KDF_CAP = {
  argon2id: { memoryKiB: 2 * 64 * 1024, iterations: 2 * 3, parallelism: 4 },
  pbkdf2: { iterations: 1_200_000 },
} as const;

/**
 * Refuses a backup whose (already well-formed) KDF params cost more than {@link IMPORT_KDF_CAP}, before any key is
 * derived, with `BackupKdfTooCostly`.
 */
export function checkImportKdfCost(params: KdfParams): void {
  const cap = IMPORT_KDF_CAP;
  const tooCostly =
    params.name === 'argon2id'
      ? params.memoryKiB > cap.argon2id.memoryKiB ||
        params.iterations > cap.argon2id.iterations ||
        params.parallelism > cap.argon2id.parallelism
      : params.iterations > cap.pbkdf2.iterations;
  if (!tooCostly) return;
  const limit =
    params.name === 'argon2id'
      ? `Argon2id up to ${cap.argon2id.memoryKiB / 1024} MiB and ${cap.argon2id.iterations} passes`
      : `PBKDF2 up to ${cap.pbkdf2.iterations.toLocaleString('en')} iterations`;
  throw new SidekeyError({
    code: 'BackupKdfTooCostly',
    message: `This backup's key settings would take too long to open (Sidekey accepts ${limit}).`,
  });
}

/** Bounds for params read from storage or a backup file, so a crafted file cannot ask for gigabytes or hours
 * (backups are then held to the tighter {@link IMPORT_KDF_CAP}). */
const BOUNDS = {
  argon2id: { memoryKiB: [8, 256 * 1024], iterations: [1, 16], parallelism: [1, 4] },
  pbkdf2: { iterations: [1, 10_000_000] },
} as const;

/** Checks KDF params from storage or a backup file; throws `code` (VaultCorrupt or BackupBadFormat) otherwise. */
export function parseKdfParams(value: unknown, code: string): KdfParams {
  const bad = () => new SidekeyError({ code, message: 'The key-derivation settings are not usable.' });
  if (typeof value !== 'object' || value === null) throw bad();
  const record = value as Record<string, unknown>;
  const within = (key: string, [min, max]: readonly [number, number]) => {
    const number = record[key];
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < min || number > max) throw bad();
    return number;
  };
  if (typeof record.salt !== 'string' || !/^[A-Za-z0-9+/]{16,88}={0,2}$/.test(record.salt)) throw bad();
  if (record.name === 'argon2id') {
    const memoryKiB = within('memoryKiB', BOUNDS.argon2id.memoryKiB);
    const iterations = within('iterations', BOUNDS.argon2id.iterations);
    const parallelism = within('parallelism', BOUNDS.argon2id.parallelism);
    if (memoryKiB < 8 * parallelism) throw bad();
    return { name: 'argon2id', salt: record.salt, memoryKiB, iterations, parallelism };
  }
  if (record.name === 'pbkdf2-sha256') {
    return { name: 'pbkdf2-sha256', salt: record.salt, iterations: within('iterations', BOUNDS.pbkdf2.iterations) };
  }
  throw bad();
}
