import { generateKeyPairSync } from 'node:crypto';
import type { RandomBytes } from '../state/random-string';
import type { JsonWebKeyRecord, SigningKey } from '../state/types';

/** A fresh RS256 key pair (RSA 2048) for a pool, with a random `kid`, in JWK form so it can be stored. */
export function createSigningKey(random: RandomBytes): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = Buffer.from(random(32)).toString('base64');
  const publicJwk = publicKey.export({ format: 'jwk' }) as JsonWebKeyRecord;
  return {
    kid,
    privateJwk: privateKey.export({ format: 'jwk' }) as JsonWebKeyRecord,
    publicJwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' },
  };
}
