import { describe, expect, it } from 'vitest';
import { parseOtpauthUri } from '../../../core/otp/parse-otpauth-uri';
import { IMPORT_KDF_CAP, type KdfChoice } from '../../../core/vault/crypto/kdf-params';
import { encryptBackup } from '../../../core/vault/encrypt-backup';
import { openVaultDb } from '../../../core/vault/open-vault-db';
import { encodePayload, migrationUri } from '../otp/encode-migration-payload';
import { qrRaster } from '../otp/qr-raster';
import { makeTestVault, PASSPHRASE, RFC_SECRET } from './make-test-vault';

const good = (issuer: string, secret = RFC_SECRET) => `otpauth://totp/${issuer}:me?secret=${secret}&issuer=${issuer}`;

async function unlockedVault() {
  const test = makeTestVault();
  await test.vault.setup(PASSPHRASE);
  return test;
}

describe('vault import', () => {
  it('stores nothing from a list with one bad URI and reports it by line', async () => {
    const { vault } = await unlockedVault();
    const payload = [
      good('A'),
      '',
      '# a comment',
      'otpauth://totp/B:me?secret=JBSWY3DPEHPK3PXP&digits=12',
      good('C'),
    ].join('\n');
    expect(await vault.importItems({ kind: 'otpauth-list', payload })).toEqual({
      added: 0,
      duplicates: [],
      errors: [{ index: 3, code: 'OtpUriBadDigits', message: expect.any(String) }],
    });
    expect((await vault.state()).entryCount).toBe(0);
  });

  it('adds a clean list in one go, binding the given origins, and reports duplicates instead of doubling', async () => {
    const { vault } = await unlockedVault();
    await vault.importItems({ kind: 'otpauth-uri', payload: good('A') });
    const payload = [good('A'), good('B'), good('b')].join('\r\n');
    const result = await vault.importItems({ kind: 'otpauth-list', payload, origins: ['https://b.example'] });
    expect(result).toEqual({
      added: 1,
      duplicates: [
        { index: 0, issuer: 'A', account: 'me' },
        { index: 2, issuer: 'b', account: 'me' },
      ],
      errors: [],
    });
    const codes = await vault.listCodes({ origin: 'https://b.example' });
    expect(codes.map((entry) => [entry.issuer, entry.boundToOrigin])).toEqual([
      ['B', true],
      ['A', false],
    ]);
  });

  it('imports a Google Authenticator export, refusing the whole batch when one item is unusable', async () => {
    const { vault } = await unlockedVault();
    const secret = new TextEncoder().encode('12345678901234567890');
    const clean = migrationUri(encodePayload([{ secret, name: 'Git:octo', issuer: 'Git', type: 2 }]));
    const mixed = migrationUri(
      encodePayload([
        { secret, name: 'x', issuer: 'Y' },
        { secret, name: 'md5', algorithm: 4 },
      ]),
    );
    expect(await vault.importItems({ kind: 'migration', payload: mixed })).toMatchObject({
      added: 0,
      errors: [{ index: 1, code: 'MigrationUnsupported' }],
    });
    expect(await vault.importItems({ kind: 'migration', payload: clean })).toMatchObject({ added: 1, errors: [] });
    expect((await vault.listCodes())[0]).toMatchObject({ issuer: 'Git', account: 'octo' });
    await expect(
      vault.importItems({ kind: 'migration', payload: 'otpauth-migration://offline?data=%%' }),
    ).rejects.toMatchObject({
      code: 'MigrationBadPayload',
    });
  });

  it('imports from QR pixels, both a single URI and a migration QR', async () => {
    const { vault } = await unlockedVault();
    expect(await vault.importItems({ kind: 'qr-pixels', payload: qrRaster(good('Qr')) })).toMatchObject({ added: 1 });
    const secret = new TextEncoder().encode('abcdefghijklmnopqrst');
    const migration = migrationUri(encodePayload([{ secret, name: 'm', issuer: 'Mig' }]));
    expect(await vault.importItems({ kind: 'qr-pixels', payload: qrRaster(migration, 3) })).toMatchObject({ added: 1 });
    const blank = { width: 8, height: 8, data: new Uint8ClampedArray(256).fill(255) };
    await expect(vault.importItems({ kind: 'qr-pixels', payload: blank })).rejects.toMatchObject({
      code: 'QrNotFound',
    });
  });

  it('needs an unlocked vault', async () => {
    const { vault } = await unlockedVault();
    await vault.lock();
    await expect(vault.importItems({ kind: 'otpauth-uri', payload: good('A') })).rejects.toMatchObject({
      code: 'VaultLocked',
    });
  });
});

describe('vault export and backup', () => {
  it('restores an encrypted backup into another vault, sign-ins included, under the backup’s own passphrase', async () => {
    const source = await unlockedVault();
    await source.vault.importItems({
      kind: 'otpauth-list',
      payload: [good('A'), good('B')].join('\n'),
      origins: ['https://a.example'],
    });
    await source.vault.addLogin({ username: 'jo', password: 'pw-1', origins: ['https://a.example'] });
    const backup = await source.vault.exportEntries({
      format: 'backup',
      passphrase: 'backup passphrase',
      vaultPassphrase: PASSPHRASE,
    });
    if (backup.format !== 'backup') throw new Error('expected a backup');
    expect(backup).toMatchObject({ mimeType: 'application/json', fileName: 'sidekey-backup-2026-11-26.json' });
    expect(backup.content).not.toContain(RFC_SECRET);
    expect(JSON.parse(backup.content)).toMatchObject({
      format: 'sidekey-backup',
      version: 1,
      kdf: { name: 'pbkdf2-sha256' },
    });

    const target = await unlockedVault();
    await expect(
      target.vault.importItems({ kind: 'backup', payload: backup.content, passphrase: PASSPHRASE }),
    ).rejects.toMatchObject({ code: 'VaultWrongPassphrase' });
    const result = await target.vault.importItems({
      kind: 'backup',
      payload: backup.content,
      passphrase: 'backup passphrase',
    });
    expect(result).toEqual({ added: 3, duplicates: [], errors: [] });
    expect((await target.vault.listCodes()).map((entry) => [entry.issuer, entry.origins])).toEqual([
      ['A', ['https://a.example']],
      ['B', ['https://a.example']],
    ]);
    expect(
      await target.vault.loginForFill({
        id: (await target.vault.listLogins())[0]?.id ?? '',
        origin: 'https://a.example',
      }),
    ).toMatchObject({ password: 'pw-1' });
    const again = await target.vault.importItems({
      kind: 'backup',
      payload: backup.content,
      passphrase: 'backup passphrase',
    });
    expect(again).toMatchObject({ added: 0, duplicates: [{ index: 0 }, { index: 1 }] });
  });

  it('refuses files that are not backups, newer formats and tampered ciphertext', async () => {
    const { vault } = await unlockedVault();
    const real = await vault.exportEntries({
      format: 'backup',
      passphrase: 'backup passphrase',
      vaultPassphrase: PASSPHRASE,
    });
    if (real.format !== 'backup') throw new Error('expected a backup');
    const file = JSON.parse(real.content);
    const cases: Array<[string, string]> = [
      ['not json', 'BackupBadFormat'],
      ['{"format":"other"}', 'BackupBadFormat'],
      [JSON.stringify({ ...file, version: 2 }), 'BackupUnsupportedVersion'],
      [JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: 1e12 } }), 'BackupBadFormat'],
      [JSON.stringify({ ...file, iv: '!!' }), 'BackupBadFormat'],
      [
        JSON.stringify({
          ...file,
          ciphertext:
            `A${file.ciphertext.slice(1)}` === file.ciphertext
              ? `B${file.ciphertext.slice(1)}`
              : `A${file.ciphertext.slice(1)}`,
        }),
        'VaultWrongPassphrase',
      ],
    ];
    for (const [payload, code] of cases) {
      await expect(
        vault.importItems({ kind: 'backup', payload, passphrase: 'backup passphrase' }),
      ).rejects.toMatchObject({ code });
    }
    await expect(
      vault.exportEntries({ format: 'backup', passphrase: 'short', vaultPassphrase: PASSPHRASE }),
    ).rejects.toMatchObject({
      code: 'VaultWeakPassphrase',
    });
  });

  it('refuses a backup whose decrypted content is not an object with BackupBadFormat, not a crash', async () => {
    // Found by tests/core/vault/vault-transfer.fuzz.test.ts: content `null` threw a TypeError (an Internal reply).
    const { vault } = await unlockedVault();
    for (const content of [null, 7, 'text', []]) {
      const payload = await encryptBackup({
        content: content as never,
        passphrase: 'backup passphrase',
        kdf: { name: 'pbkdf2-sha256', iterations: 1000 },
        randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
        now: 0,
      });
      await expect(
        vault.importItems({ kind: 'backup', payload, passphrase: 'backup passphrase' }),
      ).rejects.toMatchObject({ code: 'BackupBadFormat' });
    }
  });

  it('exports an encrypted backup only after the vault passphrase is entered again', async () => {
    const { vault } = await unlockedVault();
    await vault.importItems({ kind: 'otpauth-list', payload: good('A') });
    await expect(
      vault.exportEntries({ format: 'backup', passphrase: 'backup passphrase', vaultPassphrase: 'wrong passphrase' }),
    ).rejects.toMatchObject({ code: 'VaultWrongPassphrase' });
    const backup = await vault.exportEntries({
      format: 'backup',
      passphrase: 'backup passphrase',
      vaultPassphrase: PASSPHRASE,
    });
    expect(backup).toMatchObject({ format: 'backup', mimeType: 'application/json' });
  });

  it('opens a backup whose key settings are at the import cap', { timeout: 120_000 }, async () => {
    const { vault } = await unlockedVault();
    const cap: KdfChoice = { name: 'argon2id', ...IMPORT_KDF_CAP.argon2id };
    const content = {
      entries: [{ ...parseOtpauthUri(good('Capped')), origins: [], cognito: null }],
      logins: [],
    };
    const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));
    const text = await encryptBackup({ content, passphrase: 'backup passphrase', kdf: cap, randomBytes, now: 0 });
    const result = await vault.importItems({ kind: 'backup', payload: text, passphrase: 'backup passphrase' });
    expect(result).toEqual({ added: 1, duplicates: [], errors: [] });
  });

  it('refuses a backup whose key settings cost more than the cap, before deriving, leaving the vault as it was', async () => {
    const { vault, indexedDB } = await unlockedVault();
    await vault.importItems({ kind: 'otpauth-list', payload: [good('A'), good('B')].join('\n') });
    const real = await vault.exportEntries({
      format: 'backup',
      passphrase: 'backup passphrase',
      vaultPassphrase: PASSPHRASE,
    });
    if (real.format !== 'backup') throw new Error('expected a backup');
    const file = JSON.parse(real.content);
    const argon = { name: 'argon2id', salt: file.kdf.salt, ...IMPORT_KDF_CAP.argon2id };
    const db = await openVaultDb({ indexedDB });
    const before = { entries: await db.getAll('entries'), logins: await db.getAll('logins') };
    const overCap = [
      { ...argon, memoryKiB: argon.memoryKiB + 1024 },
      { ...argon, iterations: argon.iterations + 1 },
      { ...argon, memoryKiB: 256 * 1024, iterations: 16 },
      { name: 'pbkdf2-sha256', salt: file.kdf.salt, iterations: IMPORT_KDF_CAP.pbkdf2.iterations + 1 },
    ];
    for (const kdf of overCap) {
      const payload = JSON.stringify({ ...file, kdf });
      const started = performance.now();
      await expect(
        vault.importItems({ kind: 'backup', payload, passphrase: 'backup passphrase' }),
      ).rejects.toMatchObject({ code: 'BackupKdfTooCostly', message: expect.stringContaining('too long to open') });
      // Refused on the numbers alone: no 128+ MiB derivation was started.
      expect(performance.now() - started).toBeLessThan(1000);
    }
    expect({ entries: await db.getAll('entries'), logins: await db.getAll('logins') }).toEqual(before);
    db.close();
  });

  it('exports plain otpauth lines and QR codes only after the vault passphrase is entered again', async () => {
    const { vault } = await unlockedVault();
    await vault.importItems({ kind: 'otpauth-list', payload: [good('A'), good('B')].join('\n') });
    await expect(
      vault.exportEntries({ format: 'otpauth-list', vaultPassphrase: 'wrong passphrase' }),
    ).rejects.toMatchObject({
      code: 'VaultWrongPassphrase',
    });
    const list = await vault.exportEntries({ format: 'otpauth-list', vaultPassphrase: PASSPHRASE });
    if (list.format !== 'otpauth-list') throw new Error('expected a list');
    const lines = list.content.trim().split('\n');
    expect(lines.map((line) => parseOtpauthUri(line).issuer).sort()).toEqual(['A', 'B']);
    const [first] = await vault.listCodes();
    const qr = await vault.exportEntries({ format: 'qr', vaultPassphrase: PASSPHRASE, ids: [first?.id ?? ''] });
    expect(qr).toMatchObject({ format: 'qr', items: [{ id: first?.id, issuer: 'A', account: 'me' }] });
    if (qr.format === 'qr') expect(qr.items[0]?.svg.startsWith('<svg')).toBe(true);
    await expect(
      vault.exportEntries({ format: 'qr', vaultPassphrase: PASSPHRASE, ids: ['gone'] }),
    ).rejects.toMatchObject({
      code: 'VaultNotFound',
    });
  });
});

describe('vault import request checks', () => {
  it('refuses the whole import when the origins to bind are not origins', async () => {
    const { vault } = makeTestVault();
    await vault.setup(PASSPHRASE);
    await expect(
      vault.importItems({ kind: 'otpauth-uri', payload: good('A'), origins: ['http://example.com'] }),
    ).rejects.toMatchObject({ code: 'VaultBadOrigin' });
    expect((await vault.state()).entryCount).toBe(0);
  });
});
