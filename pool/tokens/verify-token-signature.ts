import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { SigningKey } from '../state/types';

const keyCache = new WeakMap<SigningKey, KeyObject>();

export interface DecodedToken {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

/** Splits and parses a compact JWS; undefined when it is not one. Does not check the signature. */
export function decodeToken(token: unknown): DecodedToken | undefined {
  if (typeof token !== 'string' || token.length > 16_384) return undefined;
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, signature] = parts as [string, string, string];
  try {
    const parsedHeader: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    const parsedClaims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!isRecord(parsedHeader) || !isRecord(parsedClaims)) return undefined;
    return {
      header: parsedHeader,
      claims: parsedClaims,
      signingInput: `${header}.${payload}`,
      signature: Buffer.from(signature, 'base64url'),
    };
  } catch {
    return undefined;
  }
}

/** Whether `decoded` is an RS256 token signed by `key` (kid must match). */
export function verifyTokenSignature(key: SigningKey, decoded: DecodedToken): boolean {
  if (decoded.header.alg !== 'RS256' || decoded.header.kid !== key.kid) return false;
  let publicKey = keyCache.get(key);
  if (!publicKey) {
    publicKey = createPublicKey({ key: key.publicJwk as never, format: 'jwk' });
    keyCache.set(key, publicKey);
  }
  return verify('sha256', Buffer.from(decoded.signingInput), publicKey, decoded.signature);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
