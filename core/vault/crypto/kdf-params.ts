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
 * Argon2id, m = 19 MiB, t = 2, p = 1: the OWASP Password Storage Cheat Sheet's first Argon2id setting. Chosen
 * over PBKDF2-SHA256 (600,000) from bench/vault-kdf.ts: about 145 ms against 350 ms here, and memory-hard.
 * @see https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id
 */
export const DEFAULT_KDF: KdfChoice = { name: 'argon2id', memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 };

/** Bounds for params read from storage or a backup file, so a crafted file cannot ask for gigabytes or hours. */
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
