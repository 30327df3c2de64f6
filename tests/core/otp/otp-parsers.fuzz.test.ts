import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SidekeyError } from '../../../core/errors/sidekey-error';
import { formatOtpauthUri } from '../../../core/otp/format-otpauth-uri';
import { hotpCodes } from '../../../core/otp/hotp-codes';
import type { OtpParams } from '../../../core/otp/otp-params';
import { parseMigrationUri } from '../../../core/otp/parse-migration-uri';
import { parseOtpauthUri } from '../../../core/otp/parse-otpauth-uri';
import { totpCodes } from '../../../core/otp/totp-codes';
import { AWKWARD_STRINGS, FUZZ_TIMEOUT, fuzzParameters, newTally, printTally } from '../../support/fuzz-settings';
import { encodePayload, migrationUri } from './encode-migration-payload';

/** Runs `read`; a typed rejection is tallied, anything else thrown fails the property (a crash). */
function parsesOrRejects<T>(tally: ReturnType<typeof newTally>, code: RegExp, read: () => T): T | undefined {
  tally.cases++;
  try {
    const result = read();
    tally.accepted++;
    return result;
  } catch (error) {
    if (!(error instanceof SidekeyError)) throw error;
    expect(error.code).toMatch(code);
    tally.rejected++;
    tally.codes.add(error.code);
    return undefined;
  }
}

/** Anything accepted must make codes of its digit count and survive a format → parse round trip. */
function expectUsable(params: OtpParams): void {
  const code = params.kind === 'totp' ? totpCodes({ ...params, at: 0 }).code : hotpCodes(params).code;
  expect(code).toMatch(new RegExp(`^\\d{${params.digits}}$`));
  if (params.account) expect(parseOtpauthUri(formatOtpauthUri(params))).toEqual(params);
}

const piece = fc.oneof(
  fc.constantFrom(...AWKWARD_STRINGS, 'ACME', 'ACME Co', 'jo@x.com', ':', '%3A', '%20', '%', '%E2%82', '+', '&', '='),
  fc.string({ maxLength: 12, unit: 'grapheme' }),
  fc.string({ maxLength: 12, unit: 'binary' }),
);
const paramValue = fc.oneof(
  fc.constantFrom('JBSWY3DPEHPK3PXP', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 'jbsw y3dp ehpk 3pxp', 'AAAA', '===='),
  fc.constantFrom('SHA1', 'sha256', 'SHA512', 'MD5', '6', '8', '10', '11', '0', '30', '-1', '1e3', '0x10'),
  fc.constantFrom('9007199254740993', '3601', '1', ''),
  piece,
);
const paramKey = fc.oneof(
  fc.constantFrom('secret', 'issuer', 'algorithm', 'digits', 'period', 'counter', 'image', 'SECRET', 'secret '),
  piece,
);

/** Mostly the expected value, sometimes another. */
const usually = <T>(expected: T, other: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(expected) }, { weight: 1, arbitrary: other });
const benign = usually('ACME', piece);

/** otpauth URIs built from the grammar's parts (key URI format), each part sometimes replaced by anything. */
const otpauthUri = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(
        usually('otpauth', fc.constantFrom('OTPAUTH', 'otpauth-migration', 'http', '')),
        usually('totp', fc.constantFrom('hotp', 'TOTP', 'steam', '')),
        fc.option(benign, { nil: undefined }),
        usually('jo@x.com', piece),
        usually('JBSWY3DPEHPK3PXP', paramValue),
        fc.array(fc.tuple(paramKey, paramValue), { maxLength: 4 }),
        usually('', fc.constantFrom('#x', '&', '?')),
      )
      .map(([scheme, type, issuer, account, secret, params, tail]) => {
        const label = issuer === undefined ? account : `${issuer}:${account}`;
        const query = [['secret', secret], ...params].map(([key, value]) => `${key}=${value}`).join('&');
        return `${scheme}://${type}/${label}?${query}${tail}`;
      }),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'grapheme' }) },
);

const migrationItem = fc.record(
  {
    secret: fc.uint8Array({ maxLength: 40 }),
    name: fc.string({ maxLength: 20 }),
    issuer: fc.string({ maxLength: 20 }),
    algorithm: fc.integer({ min: -1, max: 6 }),
    digits: fc.integer({ min: -1, max: 4 }),
    type: fc.integer({ min: -1, max: 4 }),
    counter: fc.oneof(fc.integer({ min: -1, max: 2 ** 31 }), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n })),
  },
  { requiredKeys: ['secret'] },
);

/** Migration payloads: well-formed protobuf with generated fields, then bytes flipped, cut or inserted. */
const migrationBytes = fc
  .tuple(
    fc.array(migrationItem, { maxLength: 4 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('flip', 'cut', 'insert'), fc.integer({ min: 0, max: 255 })), {
      maxLength: 3,
    }),
  )
  .map(([items, edits]) => {
    const bytes = Array.from(encodePayload(items));
    for (const [at, edit, value] of edits) {
      const position = bytes.length === 0 ? 0 : at % bytes.length;
      if (edit === 'flip') bytes[position] = value;
      else if (edit === 'cut') bytes.splice(position, 1 + (value % 4));
      else bytes.splice(position, 0, value);
    }
    return Uint8Array.from(bytes);
  });
const migrationText = fc.oneof(
  { weight: 6, arbitrary: migrationBytes.map(migrationUri) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map(migrationUri) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('otpauth-migration://offline?', 'otpauth-migration://offline?x=1&', 'OTPAUTH-MIGRATION://'),
        piece,
      )
      .map(([prefix, rest]) => `${prefix}data=${rest}`),
  },
);

describe('OTP parser fuzzing (fast-check)', () => {
  it(
    'parses every generated otpauth URI into usable params or rejects it with an OtpUri* code',
    () => {
      const tally = newTally();
      fc.assert(
        fc.property(otpauthUri, (uri) => {
          const params = parsesOrRejects(tally, /^OtpUri[A-Za-z]+$/, () => parseOtpauthUri(uri));
          if (params) expectUsable(params);
        }),
        fuzzParameters(2000),
      );
      printTally('otpauth URI parser', tally);
      expect(tally.accepted).toBeGreaterThan(0);
      expect(tally.rejected).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );

  it(
    'reads every generated migration URI into items that are usable params or typed errors, or rejects it',
    () => {
      const tally = newTally();
      let items = 0;
      fc.assert(
        fc.property(migrationText, (uri) => {
          const batch = parsesOrRejects(tally, /^(Migration|OtpUri)[A-Za-z]+$/, () => parseMigrationUri(uri));
          for (const item of batch?.items ?? []) {
            items++;
            if (item instanceof SidekeyError) {
              expect(item.code).toMatch(/^(Migration|OtpUri)[A-Za-z]+$/);
              tally.codes.add(item.code);
            } else expectUsable(item);
          }
        }),
        fuzzParameters(2000),
      );
      printTally(`migration parser (${items} items)`, tally);
      expect(tally.accepted).toBeGreaterThan(0);
      expect(tally.rejected).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );
});
