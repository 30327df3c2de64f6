import { generateKeyPair } from 'node:crypto';
import type { RandomBytes } from '../state/random-string';
import type { JsonWebKeyRecord, SigningKey } from '../state/types';

/**
 * A fresh RS256 key pair (RSA 2048) for a pool, with a random `kid`, in JWK form so it can be stored.
 * Generated off the event loop: it takes from 0.1 s to over 1 s on a busy machine.
 */
export async function createSigningKey(random: RandomBytes): Promise<SigningKey> {
  const { privateKey, publicKey } = await new Promise<{
    privateKey: import('node:crypto').KeyObject;
    publicKey: import('node:crypto').KeyObject;
  }>((resolve, reject) =>
    generateKeyPair('rsa', { modulusLength: 2048 }, (error, publicKey, privateKey) =>
      error ? reject(error) : resolve({ publicKey, privateKey }),
    ),
  );
  const kid = Buffer.from(random(32)).toString('base64');
  const publicJwk = publicKey.export({ format: 'jwk' }) as JsonWebKeyRecord;
  return {
    kid,
    privateJwk: privateKey.export({ format: 'jwk' }) as JsonWebKeyRecord,
    publicJwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' },
  };
}
