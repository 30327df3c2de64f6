import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether `verifier` (43–128 unreserved characters, RFC 7636 §4.1) hashes to `challenge` under S256:
 * BASE64URL(SHA-256(ASCII(verifier))) (RFC 7636 §4.6).
 */
export function verifyPkce(options: { verifier: string; challenge: string }): boolean {
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(options.verifier)) return false;
  const computed = Buffer.from(createHash('sha256').update(options.verifier, 'ascii').digest('base64url'));
  const expected = Buffer.from(options.challenge);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}
