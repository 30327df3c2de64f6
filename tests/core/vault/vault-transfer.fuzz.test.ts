import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SidekeyError } from '../../../core/errors/sidekey-error';
import { encryptBackup } from '../../../core/vault/encrypt-backup';
import type { ImportInput } from '../../../core/vault/vault-messages';
import {
  AWKWARD_STRINGS,
  FUZZ_TIMEOUT,
  fuzzParameters,
  jsonLike,
  newTally,
  printTally,
} from '../../support/fuzz-settings';
import { encodePayload, migrationUri } from '../otp/encode-migration-payload';
import { makeTestVault, PASSPHRASE, RFC_SECRET } from './make-test-vault';
import { readRawVault } from './read-raw-vault';

const SITE = 'https://app.example.com';
const BACKUP_PASSPHRASE = 'backup passphrase 1';
const GOOD_URI = `otpauth://totp/ACME:jo?secret=${RFC_SECRET}&issuer=ACME`;
const OTHER_URI = 'otpauth://hotp/Bank:ann?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&counter=3';
const MIGRATION = migrationUri(
  encodePayload([{ secret: new TextEncoder().encode('12345678901234567890'), name: 'GitHub:octo', issuer: 'GitHub' }]),
);

/** A vault in a fake IndexedDB, set up, unlocked, with an entry and a sign-in already stored. */
async function storedVault() {
  const test = makeTestVault();
  await test.vault.setup(PASSPHRASE);
  await test.vault.importItems({ kind: 'otpauth-uri', payload: GOOD_URI, origins: [SITE] });
  await test.vault.addLogin({ username: 'jo', password: 'jo-secret-pw', origins: [SITE] });
  return test;
}

const anything = jsonLike({
  keys: ['kind', 'secret', 'issuer', 'account', 'algorithm', 'digits', 'period', 'counter', 'origins', 'cognito'],
  strings: [RFC_SECRET, 'totp', 'hotp', 'SHA1', 'SHA256', SITE, 'http://localhost:1', 'jo', 'eu-west-1_A'],
});
const origins = fc.option(
  fc.array(fc.oneof(fc.constantFrom(SITE, 'http://localhost:8080', 'http://evil.test', 'ftp://x', ''), fc.string()), {
    maxLength: 3,
  }),
  { nil: undefined },
);
const line = fc.oneof(
  fc.constantFrom(GOOD_URI, OTHER_URI, MIGRATION, '', '# comment', '   '),
  fc
    .tuple(fc.constantFrom(GOOD_URI, OTHER_URI, MIGRATION), fc.nat(), fc.constantFrom(...AWKWARD_STRINGS, '&', ':'))
    .map(([uri, at, insert]) => uri.slice(0, at % uri.length) + insert + uri.slice(at % uri.length)),
  fc.string({ maxLength: 60, unit: 'grapheme' }),
);
const textImport = fc.record({
  kind: fc.constantFrom('otpauth-uri', 'otpauth-list', 'migration'),
  payload: fc.array(line, { maxLength: 5 }).map((lines) => lines.join('\n')),
  origins,
});

/** Backup items: a valid entry or sign-in with fields replaced by generated values, or anything at all. */
const validEntry = {
  kind: 'totp',
  secret: RFC_SECRET,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
  issuer: 'Restored',
  account: 'r',
  origins: [SITE],
  cognito: null,
};
const validLogin = { username: 'restored', password: 'pw', label: 'R', origins: [SITE], cognito: null };
const nearly = (valid: Record<string, unknown>) =>
  fc
    .array(fc.tuple(fc.constantFrom(...Object.keys(valid)), fc.option(anything, { nil: undefined })), { maxLength: 2 })
    .map((edits) => {
      const item: Record<string, unknown> = { ...valid };
      for (const [key, value] of edits) {
        if (value === undefined) delete item[key];
        else item[key] = value;
      }
      return item;
    });
const backupContent = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      entries: fc.array(nearly(validEntry), { maxLength: 3 }),
      logins: fc.array(nearly(validLogin), { maxLength: 2 }),
    }),
  },
  { weight: 1, arbitrary: anything },
);

/**
 * Backup files: real encrypted backups (cheap PBKDF2) of generated content, under the right or a wrong passphrase,
 * with envelope fields sometimes replaced; or text that is not a backup at all.
 */
const backupImport = fc
  .tuple(
    backupContent,
    fc.constantFrom(BACKUP_PASSPHRASE, BACKUP_PASSPHRASE, 'wrong passphrase'),
    fc.array(fc.tuple(fc.constantFrom('format', 'version', 'kdf', 'iv', 'ciphertext', 'createdAt'), anything), {
      maxLength: 1,
    }),
    fc.constantFrom('file', 'file', 'file', 'truncated', 'garbage'),
  )
  .map(async ([content, passphrase, edits, shape]): Promise<ImportInput> => {
    const text = await encryptBackup({
      content: content as never,
      passphrase: BACKUP_PASSPHRASE,
      kdf: { name: 'pbkdf2-sha256', iterations: 1000 },
      randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
      now: 0,
    });
    const file = JSON.parse(text) as Record<string, unknown>;
    for (const [key, value] of edits) file[key] = value;
    const payload =
      shape === 'file'
        ? JSON.stringify(file)
        : shape === 'truncated'
          ? text.slice(0, text.length >> 1)
          : (JSON.stringify(content) ?? '');
    return { kind: 'backup', payload, passphrase };
  });

const pixelImport = fc
  .record({ width: fc.integer({ min: -1, max: 12 }), height: fc.integer({ min: -1, max: 12 }), extra: fc.nat(3) })
  .map(({ width, height, extra }): ImportInput => {
    const length = Math.max(0, width * height * 4) + (extra === 0 ? 1 : 0);
    const data = new Uint8ClampedArray(length).map((_, index) => (index * 37) & 255);
    return { kind: 'qr-pixels', payload: { width, height, data } };
  });

const importInput: fc.Arbitrary<Promise<ImportInput> | ImportInput> = fc.oneof(
  { weight: 4, arbitrary: textImport as fc.Arbitrary<ImportInput> },
  { weight: 4, arbitrary: backupImport },
  { weight: 1, arbitrary: pixelImport },
);

describe('import fuzzing', () => {
  it(
    'imports every generated payload whole or rejects it with a typed code, leaving the vault byte-identical',
    async () => {
      const { vault, indexedDB } = await storedVault();
      const tally = newTally();
      let unchangedChecks = 0;
      await fc.assert(
        fc.asyncProperty(importInput, async (pending) => {
          const input = await pending;
          tally.cases++;
          const before = await readRawVault(indexedDB);
          let rejected: string | undefined;
          try {
            const result = await vault.importItems(input);
            if (result.errors.length > 0) {
              expect(result.added).toBe(0);
              rejected = result.errors[0]!.code;
            }
            for (const error of result.errors) expect(error.code).toMatch(/^[A-Z][A-Za-z]+$/);
          } catch (error) {
            if (!(error instanceof SidekeyError)) throw error;
            rejected = error.code;
          }
          if (rejected === undefined) {
            tally.accepted++;
            return;
          }
          expect(rejected).toMatch(/^[A-Z][A-Za-z]+$/);
          tally.rejected++;
          tally.codes.add(rejected);
          // A rejected import (the call failed, or an item did) stores nothing: the same bytes as before.
          expect(await readRawVault(indexedDB)).toBe(before);
          unchangedChecks++;
        }),
        fuzzParameters(600),
      );
      printTally(`vault import (${unchangedChecks} rejected imports left the vault byte-identical)`, tally);
      expect(tally.accepted).toBeGreaterThan(0);
      expect(unchangedChecks).toBeGreaterThan(0);
      expect(tally.codes).toContain('VaultWrongPassphrase');
    },
    FUZZ_TIMEOUT,
  );
});
