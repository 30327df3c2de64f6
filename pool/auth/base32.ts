const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * The pool's TOTP secrets in RFC 4648 §6 base32 without padding, the form authenticator apps and
 * AssociateSoftwareToken's `SecretCode` use. https://www.rfc-editor.org/rfc/rfc4648#section-6
 */
export function encodeBase32(bytes: Uint8Array): string {
  let text = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      text += alphabet[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  return bits > 0 ? text + alphabet[(buffer << (5 - bits)) & 31] : text;
}

/**
 * Reads a base32 secret the pool issued or a seed file named (upper-case A–Z and 2–7; padding and case are
 * tolerated); bits left over after the last whole byte are dropped. Throws a RangeError on any other character.
 */
export function decodeBase32(text: string): Uint8Array {
  const body = text.toUpperCase().replace(/=+$/, '');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of body) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new RangeError('A base32 secret holds only A–Z and 2–7.');
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}
