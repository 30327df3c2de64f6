import { describe, expect, it } from 'vitest';
import { SidekeyError } from '../../../core/errors/sidekey-error';
import { parseMigrationUri } from '../../../core/otp/parse-migration-uri';
import { encodePayload, migrationUri } from './encode-migration-payload';

const rfcSecret = new TextEncoder().encode('12345678901234567890');

describe('parseMigrationUri', () => {
  it('reads a two-account export the way Google Authenticator writes it', () => {
    // Shaped like a real "Transfer accounts" QR: name carries "Issuer:account", enums set explicitly, batch fields.
    const uri = migrationUri(
      encodePayload(
        [
          { secret: rfcSecret, name: 'GitHub:octocat', issuer: 'GitHub', algorithm: 1, digits: 1, type: 2 },
          { secret: rfcSecret, name: 'bank-user', issuer: 'Bank', algorithm: 2, digits: 2, type: 1, counter: 5 },
        ],
        { version: 1, size: 2, index: 1, id: -1_493_051_822 & 0x7fffffff },
      ),
    );
    const batch = parseMigrationUri(uri);
    expect(batch).toMatchObject({ version: 1, batchSize: 2, batchIndex: 1 });
    expect(batch.items).toEqual([
      {
        kind: 'totp',
        secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        counter: 0,
        issuer: 'GitHub',
        account: 'octocat',
      },
      {
        kind: 'hotp',
        secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
        algorithm: 'SHA256',
        digits: 8,
        period: 30,
        counter: 5,
        issuer: 'Bank',
        account: 'bank-user',
      },
    ]);
  });

  it('treats unspecified enums as SHA1, six digits and TOTP', () => {
    const batch = parseMigrationUri(migrationUri(encodePayload([{ secret: rfcSecret, name: 'x' }])));
    expect(batch.items[0]).toMatchObject({ kind: 'totp', algorithm: 'SHA1', digits: 6 });
  });

  it('reads this hand-built payload byte for byte', () => {
    // 0a 22 | 0a 14 <20-byte secret> | 12 05 "alice" | 1a 03 "Acm" | 20 01 | 28 01 | 30 02  ; 10 01 18 01 20 00 28 07
    const item = [0x0a, 0x14, ...rfcSecret, 0x12, 5, ...new TextEncoder().encode('alice')];
    item.push(0x1a, 3, ...new TextEncoder().encode('Acm'), 0x20, 1, 0x28, 1, 0x30, 2);
    const bytes = Uint8Array.from([0x0a, item.length, ...item, 0x10, 1, 0x18, 1, 0x20, 0, 0x28, 7]);
    const batch = parseMigrationUri(migrationUri(bytes));
    expect(batch.batchId).toBe(7);
    expect(batch.items[0]).toMatchObject({ issuer: 'Acm', account: 'alice', kind: 'totp' });
  });

  it('reports a bad item as a typed error and keeps the good ones', () => {
    const batch = parseMigrationUri(
      migrationUri(
        encodePayload([
          { secret: rfcSecret, name: 'md5', algorithm: 4 },
          { secret: new Uint8Array(3), name: 'short' },
          { secret: rfcSecret, name: 'ok' },
        ]),
      ),
    );
    expect(batch.items.map((item) => (item instanceof SidekeyError ? item.code : item.account))).toEqual([
      'MigrationUnsupported',
      'OtpUriBadSecret',
      'ok',
    ]);
  });

  it('refuses other URIs, broken base64 and truncated protobuf', () => {
    const truncated = encodePayload([{ secret: rfcSecret, name: 'x' }]).subarray(0, 10);
    for (const uri of [
      'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP',
      'otpauth-migration://offline?data=',
      'otpauth-migration://offline?data=%%%',
      'otpauth-migration://offline?data=A',
      'otpauth-migration://offline?data=!!!!',
      migrationUri(truncated),
    ]) {
      expect(() => parseMigrationUri(uri)).toThrow(expect.objectContaining({ code: 'MigrationBadPayload' }));
    }
  });
});
