import { describe, expect, it } from 'vitest';
import { DEFAULT_KDF, parseKdfParams } from '../../../../core/vault/crypto/kdf-params';

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
