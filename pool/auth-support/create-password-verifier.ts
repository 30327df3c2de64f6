import { computeSrpX, modPowG } from '../../core/auth/srp/srp-group';
import type { RandomBytes } from '../state/random-string';

/**
 * The SRP verifier Cognito keeps instead of the password: a 16-byte random salt and v = g^x mod N with
 * x = H(padHex(salt) ‖ H(poolName ‖ userIdForSrp ‖ ":" ‖ password)) (cognito-emulators.md Appendix A;
 * RFC 5054 §2.4). `poolName` is the part of the pool id after `_`.
 */
export async function createPasswordVerifier(options: {
  poolId: string;
  userIdForSrp: string;
  password: string;
  random: RandomBytes;
}): Promise<{ salt: string; verifier: string }> {
  const salt = Buffer.from(options.random(16)).toString('hex');
  const x = await computeSrpX({
    saltHex: salt,
    poolName: options.poolId.slice(options.poolId.indexOf('_') + 1),
    userIdForSrp: options.userIdForSrp,
    password: options.password,
  });
  return { salt, verifier: modPowG(x).toString(16) };
}
