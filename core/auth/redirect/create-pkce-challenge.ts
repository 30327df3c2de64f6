import { encodeBase64 } from '../../encoding/encode-base64';

/**
 * The S256 `code_challenge` of a PKCE verifier: BASE64URL(SHA-256(ASCII(verifier))) without padding
 * (RFC 7636 §4.2), computed with WebCrypto so it runs in the worker and in Node alike.
 */
export async function createPkceChallenge(verifier: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return encodeBase64(new Uint8Array(digest), { alphabet: 'url' });
}
