import { timingSafeEqual } from 'node:crypto';
import { computePasswordClaim } from '../../core/auth/srp/srp-client';
import { computeSrpU, computeSrpX, deriveSrpKey, k, modPowG, N } from '../../core/auth/srp/srp-group';
import { modPow } from '../../core/auth/srp/srp-math';
import { decodeBase64 } from '../../core/encoding/decode-base64';

/*
 * The server half of Cognito's SRP-6a (cognito-emulators.md Appendix A; RFC 5054 §2.5/§2.6 with Cognito's k and
 * padHex hashing). The client half lives in core/auth/srp; both share its hash and group primitives.
 */

/** The verifier v = g^x mod N a server stores in place of the password (RFC 5054 §2.4). */
export async function srpVerifier(options: {
  saltHex: string;
  poolName: string;
  userIdForSrp: string;
  password: string;
}): Promise<bigint> {
  return modPowG(await computeSrpX(options));
}

/** The server's public value B = (k·v + g^b) mod N (RFC 5054 §2.5.3), sent as `SRP_B` in lower-case hex. */
export function srpServerPublic(options: { v: bigint; b: bigint }): bigint {
  return (k * options.v + modPowG(options.b)) % N;
}

/** Whether a client's `SRP_A` is usable: a hex number with A mod N ≠ 0 (RFC 5054 §2.5.4: "abort if A % N is zero"). */
export function isValidSrpA(hex: string | undefined): hex is string {
  if (typeof hex !== 'string' || hex.length === 0 || hex.length > 1024 || !/^[0-9a-fA-F]+$/.test(hex)) return false;
  return BigInt(`0x${hex}`) % N !== 0n;
}

const days = '(Sun|Mon|Tue|Wed|Thu|Fri|Sat)';
const months = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const timestampPattern = new RegExp(`^${days} ${months} ([1-9]|[12][0-9]|3[01]) \\d{2}:\\d{2}:\\d{2} UTC \\d{4}$`);

/** Whether `TIMESTAMP` has the form clients send: `ddd MMM D HH:mm:ss UTC YYYY` (cognito-protocol.md §3.7). */
export function isSrpTimestamp(value: unknown): value is string {
  return typeof value === 'string' && timestampPattern.test(value);
}

/**
 * Checks `PASSWORD_CLAIM_SIGNATURE`: derives S = (A·v^u)^b mod N and the HKDF key the client derived, recomputes the
 * HMAC over poolName ‖ userIdForSrp ‖ SECRET_BLOCK ‖ TIMESTAMP and compares in constant time.
 */
export async function verifyPasswordClaim(options: {
  A: bigint;
  B: bigint;
  b: bigint;
  v: bigint;
  poolName: string;
  userIdForSrp: string;
  secretBlock: string;
  timestamp: string;
  signature: string;
}): Promise<boolean> {
  const u = await computeSrpU({ A: options.A, B: options.B });
  if (u === 0n) return false;
  const S = modPow((options.A * modPow(options.v, u, N)) % N, options.b, N);
  const key = await deriveSrpKey({ u, S });
  const expected = await computePasswordClaim({ key, ...options });
  let given: Uint8Array;
  try {
    given = decodeBase64(options.signature, { code: 'NotAuthorizedException' });
  } catch {
    return false;
  }
  const wanted = decodeBase64(expected, { code: 'NotAuthorizedException' });
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
