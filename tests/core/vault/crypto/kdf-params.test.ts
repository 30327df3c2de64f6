import { describe, expect, it } from 'vitest';
import {
  checkImportKdfCost,
  DEFAULT_KDF,
  IMPORT_KDF_CAP,
  type KdfParams,
  parseKdfParams,
} from '../../../../core/vault/crypto/kdf-params';

const salt = 'AAAAAAAAAAAAAAAAAAAAAA==';

describe('parseKdfParams', () => {
  it('accepts the default Argon2id setting and PBKDF2 at the OWASP count', () => {
    expect(parseKdfParams({ ...DEFAULT_KDF, salt }, 'X')).toEqual({ ...DEFAULT_KDF, salt });
    expect(parseKdfParams({ name: 'pbkdf2-sha256', iterations: 600_000, salt }, 'X')).toMatchObject({
      iterations: 600_000,
    });
  });

  it('refuses unknown algorithms and settings a crafted file could use to exhaust memory or time', () => {
    const cases = [
      { name: 'scrypt', salt },
      { name: 'argon2id', memoryKiB: 4 * 1024 * 1024, iterations: 2, parallelism: 1, salt },
      { name: 'argon2id', memoryKiB: 19456, iterations: 100, parallelism: 1, salt },
      { name: 'argon2id', memoryKiB: 19456, iterations: 2, parallelism: 1.5, salt },
      { name: 'pbkdf2-sha256', iterations: 1e9, salt },
      { name: 'pbkdf2-sha256', iterations: 600_000, salt: 'short' },
      null,
    ];
    for (const params of cases) {
      expect(() => parseKdfParams(params, 'BackupBadFormat')).toThrow(
        expect.objectContaining({ code: 'BackupBadFormat' }),
      );
    }
  });
});

describe('checkImportKdfCost', () => {
  const cap = IMPORT_KDF_CAP;

  it('sets the default at or above the OWASP Argon2id profile and the cap at twice its memory and passes', () => {
    expect(DEFAULT_KDF).toEqual({ name: 'argon2id', memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 });
    if (DEFAULT_KDF.name !== 'argon2id') throw new Error('expected Argon2id');
    expect(cap.argon2id.memoryKiB).toBe(2 * DEFAULT_KDF.memoryKiB);
    expect(cap.argon2id.iterations).toBe(2 * DEFAULT_KDF.iterations);
  });

  it('accepts backups at the cap and our own setting', () => {
    const atCap: KdfParams[] = [
      { name: 'argon2id', salt, ...cap.argon2id },
      { ...DEFAULT_KDF, salt } as KdfParams,
      { name: 'pbkdf2-sha256', salt, iterations: cap.pbkdf2.iterations },
    ];
    for (const params of atCap) expect(() => checkImportKdfCost(params)).not.toThrow();
  });

  it('refuses anything above the cap with BackupKdfTooCostly, including what parseKdfParams still allows', () => {
    const argon = { name: 'argon2id' as const, salt, ...cap.argon2id };
    const above: KdfParams[] = [
      { ...argon, memoryKiB: cap.argon2id.memoryKiB + 1 },
      { ...argon, iterations: cap.argon2id.iterations + 1 },
      parseKdfParams({ ...argon, memoryKiB: 256 * 1024, iterations: 16 }, 'BackupBadFormat'),
      { name: 'pbkdf2-sha256', salt, iterations: cap.pbkdf2.iterations + 1 },
    ];
    for (const params of above) {
      expect(() => checkImportKdfCost(params)).toThrow(expect.objectContaining({ code: 'BackupKdfTooCostly' }));
    }
  });
});
