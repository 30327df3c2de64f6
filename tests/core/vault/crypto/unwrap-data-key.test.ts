import { describe, expect, it } from 'vitest';
import { unwrapDataKey } from '../../../../core/vault/crypto/unwrap-data-key';
import { wrapDataKey } from '../../../../core/vault/crypto/wrap-data-key';

const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));
const dataKey = randomBytes(32);

describe('wrapDataKey / unwrapDataKey', () => {
  for (const kdf of [
    { name: 'pbkdf2-sha256', iterations: 1000 } as const,
    { name: 'argon2id', memoryKiB: 64, iterations: 1, parallelism: 1 } as const,
  ]) {
    it(`round-trips the data key under ${kdf.name} and refuses a wrong passphrase`, async () => {
      const record = await wrapDataKey({ dataKey, keyId: 'k1', passphrase: 'pass phrase', kdf, randomBytes, now: 0 });
      expect(record.kdf).toMatchObject(kdf);
      expect(record.iv).toHaveLength(12);
      expect(await unwrapDataKey(record, 'pass phrase')).toEqual(dataKey);
      await expect(unwrapDataKey(record, 'pass phrasE')).rejects.toMatchObject({ code: 'VaultWrongPassphrase' });
    });
  }

  it('uses a fresh salt and IV each time, and binds the wrapped key to its key id', async () => {
    const kdf = { name: 'pbkdf2-sha256', iterations: 1000 } as const;
    const a = await wrapDataKey({ dataKey, keyId: 'k1', passphrase: 'pass phrase', kdf, randomBytes, now: 0 });
    const b = await wrapDataKey({ dataKey, keyId: 'k1', passphrase: 'pass phrase', kdf, randomBytes, now: 0 });
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.wrappedKey).not.toEqual(b.wrappedKey);
    await expect(unwrapDataKey({ ...a, keyId: 'k2' }, 'pass phrase')).rejects.toMatchObject({
      code: 'VaultWrongPassphrase',
    });
  });

  it('matches the same passphrase typed in another Unicode normal form', async () => {
    const kdf = { name: 'pbkdf2-sha256', iterations: 1000 } as const;
    const record = await wrapDataKey({
      dataKey,
      keyId: 'k',
      passphrase: 'caf\u00e9 au lait',
      kdf,
      randomBytes,
      now: 0,
    });
    expect(await unwrapDataKey(record, 'cafe\u0301 au lait')).toEqual(dataKey);
  });
});
