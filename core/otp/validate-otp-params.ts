import { SidekeyError } from '../errors/sidekey-error';
import { decodeBase32 } from './decode-base32';
import { encodeBase32 } from './encode-base32';
import { OTP_ALGORITHMS, OTP_LIMITS, type OtpParams } from './otp-params';

/** Loose OTP fields before checking (typed by a person, or read from a URI or protobuf). */
export interface OtpParamsDraft {
  kind: unknown;
  secret: unknown;
  algorithm?: unknown;
  digits?: unknown;
  period?: unknown;
  counter?: unknown;
  issuer?: unknown;
  account?: unknown;
}

/**
 * Checks and normalises OTP fields into {@link OtpParams}, throwing a `SidekeyError` whose code names the bad
 * field (`OtpUriBadType`, `OtpUriMissingSecret`, `OtpUriBadSecret`, `OtpUriBadAlgorithm`, `OtpUriBadDigits`,
 * `OtpUriBadPeriod`, `OtpUriBadCounter`, `OtpUriBadLabel`). Defaults follow the Key Uri Format: SHA1, 6 digits,
 * 30 s, counter 0.
 * @see https://github.com/google/google-authenticator/wiki/Key-Uri-Format
 */
export function validateOtpParams(draft: OtpParamsDraft): OtpParams {
  if (draft.kind !== 'totp' && draft.kind !== 'hotp') fail('OtpUriBadType', 'The type must be totp or hotp.');
  if (draft.secret === undefined || draft.secret === '') fail('OtpUriMissingSecret', 'The secret is missing.');
  const bytes = draft.secret instanceof Uint8Array ? draft.secret : decodeBase32(text(draft.secret, 'OtpUriBadSecret'));
  const { min, max } = OTP_LIMITS.secretBytes;
  if (bytes.length < min || bytes.length > max) {
    fail('OtpUriBadSecret', `The secret must be ${min} to ${max} bytes long (it is ${bytes.length}).`);
  }
  const algorithm = draft.algorithm ?? 'SHA1';
  if (!OTP_ALGORITHMS.includes(algorithm as OtpParams['algorithm'])) {
    fail('OtpUriBadAlgorithm', 'The algorithm must be SHA1, SHA256 or SHA512.');
  }
  const digits = integer(draft.digits ?? 6, OTP_LIMITS.digits, 'OtpUriBadDigits', 'digits');
  const period = integer(draft.period ?? 30, OTP_LIMITS.period, 'OtpUriBadPeriod', 'period');
  const counter = integer(draft.counter ?? 0, { min: 0, max: Number.MAX_SAFE_INTEGER }, 'OtpUriBadCounter', 'counter');
  return {
    kind: draft.kind,
    secret: encodeBase32(bytes),
    algorithm: algorithm as OtpParams['algorithm'],
    digits,
    period,
    counter: draft.kind === 'hotp' ? counter : 0,
    issuer: label(draft.issuer ?? ''),
    account: label(draft.account ?? ''),
  };
}

function integer(value: unknown, range: { min: number; max: number }, code: string, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < range.min || value > range.max) {
    fail(code, `The ${name} must be a whole number from ${range.min} to ${range.max}.`);
  }
  return value;
}

/** Printable, well-formed text: a control character or a lone surrogate (which no URI can encode) is refused. */
function label(value: unknown): string {
  const trimmed = text(value, 'OtpUriBadLabel').trim();
  if (trimmed.length > OTP_LIMITS.text.max || /[\p{Cc}\p{Cs}]/u.test(trimmed)) {
    fail('OtpUriBadLabel', `Issuer and account must be at most ${OTP_LIMITS.text.max} printable characters.`);
  }
  return trimmed;
}

function text(value: unknown, code: string): string {
  if (typeof value !== 'string') fail(code, 'Expected text.');
  return value;
}

function fail(code: string, message: string): never {
  throw new SidekeyError({ code, message });
}
