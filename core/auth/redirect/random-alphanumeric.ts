const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * `length` characters from `[A-Za-z0-9]` (Amplify's alphabet for `state` and the PKCE verifier, docs/cognito-api.md
 * §8.1), drawn without modulo bias: bytes ≥ 248 are skipped. RFC 7636 §4.1 allows these characters in a verifier.
 */
export function randomAlphanumeric(random: (byteCount: number) => Uint8Array, length: number): string {
  const limit = 256 - (256 % ALPHABET.length);
  let out = '';
  while (out.length < length) {
    for (const byte of random(length)) {
      if (byte < limit && out.length < length) out += ALPHABET[byte % ALPHABET.length];
    }
  }
  return out;
}
