import { SidekeyError } from '../errors/sidekey-error';
import type { OtpParams } from './otp-params';
import { validateOtpParams } from './validate-otp-params';

const MAX_URI_LENGTH = 4096;
const SHAPE = /^otpauth:\/\/([^/?#]*)\/([^?#]*)(?:\?([^#]*))?(?:#.*)?$/i;
const KNOWN = ['secret', 'issuer', 'algorithm', 'digits', 'period', 'counter'] as const;
const CODE_OF: Record<(typeof KNOWN)[number], string> = {
  secret: 'OtpUriBadSecret',
  issuer: 'OtpUriBadLabel',
  algorithm: 'OtpUriBadAlgorithm',
  digits: 'OtpUriBadDigits',
  period: 'OtpUriBadPeriod',
  counter: 'OtpUriBadCounter',
};

/**
 * Parses an `otpauth://TYPE/LABEL?PARAMS` URI strictly. The label is `issuer:account` or `account`; an
 * `issuer` parameter wins over the label prefix. HOTP needs `counter`, as the format says. Unknown parameters
 * (`image`, `icon`…) are ignored. Throws a `SidekeyError` with an `OtpUri*` code naming what is wrong.
 * @see https://github.com/google/google-authenticator/wiki/Key-Uri-Format
 */
export function parseOtpauthUri(uri: string): OtpParams {
  const input = uri.trim();
  if (input.length > MAX_URI_LENGTH) fail('OtpUriBadFormat', `The URI is longer than ${MAX_URI_LENGTH} characters.`);
  if (!/^otpauth:/i.test(input)) fail('OtpUriBadScheme', 'This is not an otpauth:// URI.');
  const match = SHAPE.exec(input);
  if (!match) fail('OtpUriBadFormat', 'The URI must look like otpauth://totp/Issuer:account?secret=….');
  const [, type = '', rawLabel = '', rawQuery = ''] = match;
  const kind = type.toLowerCase();
  if (kind !== 'totp' && kind !== 'hotp') fail('OtpUriBadType', `"${type}" is not an OTP type (totp or hotp).`);
  const params = readQuery(rawQuery);
  const { labelIssuer, account } = splitLabel(decode(rawLabel, 'OtpUriBadLabel'), params.issuer);
  if (kind === 'hotp' && params.counter === undefined) fail('OtpUriBadCounter', 'An hotp URI needs a counter.');
  return validateOtpParams({
    kind,
    secret: params.secret,
    algorithm: params.algorithm?.toUpperCase(),
    digits: decimal(params.digits, 'OtpUriBadDigits'),
    period: kind === 'totp' ? decimal(params.period, 'OtpUriBadPeriod') : undefined,
    counter: kind === 'hotp' ? decimal(params.counter, 'OtpUriBadCounter') : undefined,
    issuer: params.issuer ?? labelIssuer,
    account,
  });
}

function readQuery(query: string): Partial<Record<(typeof KNOWN)[number], string>> {
  const out: Partial<Record<(typeof KNOWN)[number], string>> = {};
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const name = decode(at < 0 ? pair : pair.slice(0, at), 'OtpUriBadFormat').toLowerCase();
    const known = KNOWN.find((key) => key === name);
    if (!known) continue;
    if (out[known] !== undefined) fail(CODE_OF[known], `The "${known}" parameter appears twice.`);
    out[known] = decode(at < 0 ? '' : pair.slice(at + 1), CODE_OF[known]);
  }
  return out;
}

/**
 * `issuer:account` at the first colon (literal or %3A, the format allows both), so an account may hold colons; when
 * the `issuer` parameter is given and the label starts with it and a colon, that issuer is the prefix, so an issuer
 * may hold colons too (formatOtpauthUri writes both back the same way).
 */
function splitLabel(label: string, issuer: string | undefined): { labelIssuer: string | undefined; account: string } {
  if (label.trim() === '') fail('OtpUriBadLabel', 'The URI has no label (account name).');
  if (issuer !== undefined && issuer !== '' && label.startsWith(`${issuer}:`)) {
    return { labelIssuer: issuer, account: label.slice(issuer.length + 1).trim() };
  }
  const colon = label.indexOf(':');
  if (colon < 0) return { labelIssuer: undefined, account: label.trim() };
  return { labelIssuer: label.slice(0, colon).trim(), account: label.slice(colon + 1).trim() };
}

function decimal(value: string | undefined, code: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,16}$/.test(value)) fail(code, `"${value.slice(0, 20)}" is not a whole number.`);
  return Number(value);
}

function decode(text: string, code: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, '%20'));
  } catch (cause) {
    throw new SidekeyError({ code, message: 'The URI has a broken %-escape.', cause });
  }
}

function fail(code: string, message: string): never {
  throw new SidekeyError({ code, message });
}
