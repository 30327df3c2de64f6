import { decodeBase64 } from '../encoding/decode-base64';
import { SidekeyError } from '../errors/sidekey-error';
import type { OtpParams } from './otp-params';
import { type ProtobufField, readProtobuf } from './read-protobuf';
import { validateOtpParams } from './validate-otp-params';

/** A decoded Google Authenticator export batch: each item is parsed params or the typed error it raised. */
export interface MigrationBatch {
  items: Array<OtpParams | SidekeyError>;
  version: number;
  batchSize: number;
  batchIndex: number;
  batchId: number;
}

const PREFIX = /^otpauth-migration:\/\/offline\?(?:[^#]*&)?data=([^&#]*)/i;
const ALGORITHMS: Record<number, OtpParams['algorithm'] | undefined> = {
  0: 'SHA1',
  1: 'SHA1',
  2: 'SHA256',
  3: 'SHA512',
};
const DIGITS: Record<number, number | undefined> = { 0: 6, 1: 6, 2: 8 };
const TYPES: Record<number, OtpParams['kind'] | undefined> = { 0: 'totp', 1: 'hotp', 2: 'totp' };

/**
 * Reads an `otpauth-migration://offline?data=…` URI (Google Authenticator's "Transfer accounts" QR): base64 of a
 * protobuf `MigrationPayload { repeated OtpParameters otp_parameters = 1; int32 version = 2; int32 batch_size = 3;
 * int32 batch_index = 4; int32 batch_id = 5 }` with `OtpParameters { bytes secret = 1; string name = 2;
 * string issuer = 3; Algorithm algorithm = 4; DigitCount digits = 5; OtpType type = 6; int64 counter = 7 }`.
 * Enums: Algorithm 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5 (refused); DigitCount 1 six, 2 eight; OtpType 1 HOTP, 2 TOTP;
 * 0 means unspecified (the defaults). A broken container throws `MigrationBadPayload`; a bad item becomes an
 * error in `items` so the caller can report it.
 */
export function parseMigrationUri(uri: string): MigrationBatch {
  const match = PREFIX.exec(uri.trim());
  if (!match) throw bad('This is not an otpauth-migration://offline?data=… URI.');
  const bytes = readDataParameter(match[1] ?? '');
  const batch: MigrationBatch = { items: [], version: 0, batchSize: 0, batchIndex: 0, batchId: 0 };
  for (const entry of readProtobuf(bytes)) {
    if (entry.field === 1 && entry.wireType === 2) batch.items.push(readItem(entry.value));
    else if (entry.field === 2) batch.version = small(entry);
    else if (entry.field === 3) batch.batchSize = small(entry);
    else if (entry.field === 4) batch.batchIndex = small(entry);
    else if (entry.field === 5) batch.batchId = small(entry);
  }
  return batch;
}

function readItem(bytes: Uint8Array): OtpParams | SidekeyError {
  try {
    let secret: Uint8Array | undefined;
    let name = '';
    let issuer = '';
    let algorithm = 0;
    let digits = 0;
    let type = 0;
    let counter = 0n;
    for (const entry of readProtobuf(bytes)) {
      if (entry.field === 1 && entry.wireType === 2) secret = entry.value;
      else if (entry.field === 2 && entry.wireType === 2) name = utf8(entry.value);
      else if (entry.field === 3 && entry.wireType === 2) issuer = utf8(entry.value);
      else if (entry.field === 4) algorithm = small(entry);
      else if (entry.field === 5) digits = small(entry);
      else if (entry.field === 6) type = small(entry);
      else if (entry.field === 7 && entry.wireType === 0) counter = BigInt.asIntN(64, entry.value);
    }
    const kind = TYPES[type];
    if (!kind) throw unsupported(`OTP type ${type}`);
    if (!ALGORITHMS[algorithm]) throw unsupported(algorithm === 4 ? 'MD5' : `algorithm ${algorithm}`);
    if (!DIGITS[digits]) throw unsupported(`digit count ${digits}`);
    if (counter < 0n || counter > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new SidekeyError({ code: 'OtpUriBadCounter', message: 'The HOTP counter is out of range.' });
    }
    const account = issuer && name.startsWith(`${issuer}:`) ? name.slice(issuer.length + 1) : name;
    return validateOtpParams({
      kind,
      secret: secret ?? '',
      algorithm: ALGORITHMS[algorithm],
      digits: DIGITS[digits],
      counter: Number(counter),
      issuer,
      account,
    });
  } catch (error) {
    if (error instanceof SidekeyError) return error;
    throw error;
  }
}

function small(entry: ProtobufField): number {
  if (entry.wireType !== 0 || entry.value > 0x7fffffffn) throw bad('A migration field has the wrong type or size.');
  return Number(entry.value);
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new SidekeyError({ code: 'OtpUriBadLabel', message: 'A name is not valid UTF-8.', cause });
  }
}

/** The `data` parameter: %-unescaped (a `+` that became a space restored), then base64 of either alphabet. */
function readDataParameter(escaped: string): Uint8Array {
  let text: string;
  try {
    text = decodeURIComponent(escaped).replace(/ /g, '+');
  } catch (cause) {
    throw new SidekeyError({ code: 'MigrationBadPayload', message: 'The data has a broken %-escape.', cause });
  }
  if (text.length === 0) throw bad('The data is not base64.');
  return decodeBase64(text, { code: 'MigrationBadPayload' });
}

function bad(message: string): SidekeyError {
  return new SidekeyError({ code: 'MigrationBadPayload', message });
}

function unsupported(what: string): SidekeyError {
  return new SidekeyError({ code: 'MigrationUnsupported', message: `Sidekey cannot use ${what}.` });
}
