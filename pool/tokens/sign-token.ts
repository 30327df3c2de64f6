import { createPrivateKey, type KeyObject, sign } from 'node:crypto';
import type { SigningKey } from '../state/types';

const keyCache = new WeakMap<SigningKey, KeyObject>();

/** A compact RS256 JWS over `claims`, header `{"kid","alg":"RS256"}` as Cognito's tokens have. */
export function signToken(key: SigningKey, claims: Record<string, unknown>): string {
  let privateKey = keyCache.get(key);
  if (!privateKey) {
    privateKey = createPrivateKey({ key: key.privateJwk as never, format: 'jwk' });
    keyCache.set(key, privateKey);
  }
  const header = base64url(JSON.stringify({ kid: key.kid, alg: 'RS256' }));
  const payload = base64url(JSON.stringify(claims));
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}
