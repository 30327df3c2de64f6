import { srpVerifier } from '../auth/srp-server';
import type { RandomBytes } from '../state/random-string';

/**
 * The SRP verifier Cognito keeps instead of the password: a 16-byte random salt and v = g^x mod N with
 * x = H(salt ‖ H(poolName ‖ userIdForSrp ‖ ":" ‖ password)) (docs/cognito-api.md §3; RFC 5054 §2.4). `poolName`
 * is the part of the pool id after `_`.
 */
export async function createPasswordVerifier(options: {
  poolId: string;
  userIdForSrp: string;
  password: string;
  random: RandomBytes;
}): Promise<{ salt: string; verifier: string }> {
  const salt = Buffer.from(options.random(16)).toString('hex');
  const v = await srpVerifier({
    saltHex: salt,
    poolName: options.poolId.slice(options.poolId.indexOf('_') + 1),
    userIdForSrp: options.userIdForSrp,
    password: options.password,
  });
  return { salt, verifier: v.toString(16) };
}
