import { SidekeyError } from '../errors/sidekey-error';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * Decodes RFC 4648 §6 base32, tolerating lower case, spaces and correct `=` padding (as authenticator apps
 * print secrets). Throws `OtpUriBadSecret` for anything else, including impossible lengths.
 * @see https://www.rfc-editor.org/rfc/rfc4648#section-6
 */
export function decodeBase32(text: string): Uint8Array {
  const compact = text.replace(/[\s]/g, '').toUpperCase();
  const body = compact.replace(/=+$/, '');
  const padding = compact.length - body.length;
  if (padding > 0 && (compact.length % 8 !== 0 || padding > 6)) throw badSecret('has wrong padding');
  // 1, 3 and 6 leftover characters cannot come from whole bytes.
  if ([1, 3, 6].includes(body.length % 8)) throw badSecret('has an impossible length');
  const bytes = new Uint8Array(Math.floor((body.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of body) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) throw badSecret('contains characters outside A–Z and 2–7');
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

function badSecret(detail: string): SidekeyError {
  return new SidekeyError({ code: 'OtpUriBadSecret', message: `The secret ${detail}.` });
}
