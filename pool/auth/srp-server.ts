import { createHash, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { srpBytes } from './srp-bytes';
import { srpGenerator, srpMultiplier, srpPrime } from './srp-group';
import { srpModExp } from './srp-mod-exp';

/*
 * The server half of Cognito's SRP-6a (docs/cognito-api.md §3; RFC 5054 §2.4–§2.6 with Cognito's k, its signed
 * number encoding and its HKDF session key). The pool's own implementation, on node:crypto (OpenSSL for the modular
 * exponentiation, SHA-256, HMAC and HKDF), so it checks the extension's engine instead of agreeing with it by
 * construction: the two share only the group AWS publishes.
 */

const sha256 = (...parts: Uint8Array[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};
const toBigInt = (bytes: Buffer) => BigInt(`0x${bytes.toString('hex')}`);

/** x = H(salt ‖ H(utf8(poolName ‖ userIdForSrp ‖ ":" ‖ password))) (docs/cognito-api.md §3; RFC 5054 §2.4). */
function srpPrivateKey(options: { saltHex: string; poolName: string; userIdForSrp: string; password: string }) {
  const identity = sha256(Buffer.from(`${options.poolName}${options.userIdForSrp}:${options.password}`, 'utf8'));
  return toBigInt(sha256(srpBytes(BigInt(`0x${options.saltHex}`)), identity));
}

/** The verifier v = g^x mod N a server stores in place of the password (RFC 5054 §2.4). */
export async function srpVerifier(options: {
  saltHex: string;
  poolName: string;
  userIdForSrp: string;
  password: string;
}): Promise<bigint> {
  return srpModExp(srpGenerator, srpPrivateKey(options));
}

/** The server's public value B = (k·v + g^b) mod N (RFC 5054 §2.5.3), sent as `SRP_B` in lower-case hex. */
export function srpServerPublic(options: { v: bigint; b: bigint }): bigint {
  return (srpMultiplier * options.v + srpModExp(srpGenerator, options.b)) % srpPrime;
}

/** Whether a client's `SRP_A` is usable: a hex number with A mod N ≠ 0 (RFC 5054 §2.5.4: "abort if A % N is zero"). */
export function isValidSrpA(hex: string | undefined): hex is string {
  if (typeof hex !== 'string' || hex.length === 0 || hex.length > 1024 || !/^[0-9a-fA-F]+$/.test(hex)) return false;
  return BigInt(`0x${hex}`) % srpPrime !== 0n;
}

const days = '(Sun|Mon|Tue|Wed|Thu|Fri|Sat)';
const months = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const timestampPattern = new RegExp(`^${days} ${months} ([1-9]|[12][0-9]|3[01]) \\d{2}:\\d{2}:\\d{2} UTC \\d{4}$`);

/** Whether `TIMESTAMP` has the form clients send: `ddd MMM D HH:mm:ss UTC YYYY` (docs/cognito-api.md §3). */
export function isSrpTimestamp(value: unknown): value is string {
  return typeof value === 'string' && timestampPattern.test(value);
}

const base64Pattern = /^[A-Za-z0-9+/_-]+={0,2}$/;
const hkdfInfo = Buffer.from('Caldera Derived Key', 'utf8');

/**
 * Checks `PASSWORD_CLAIM_SIGNATURE`: u = H(A ‖ B), S = (A·v^u)^b mod N, the 16-byte HKDF-SHA256 key (RFC 5869:
 * salt u, key material S, info "Caldera Derived Key"), then the HMAC-SHA256 over poolName ‖ userIdForSrp ‖
 * SECRET_BLOCK ‖ TIMESTAMP, compared in constant time (docs/cognito-api.md §3).
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
  const u = toBigInt(sha256(srpBytes(options.A), srpBytes(options.B)));
  if (u === 0n) return false;
  const S = srpModExp((options.A * srpModExp(options.v, u)) % srpPrime, options.b);
  const key = Buffer.from(hkdfSync('sha256', srpBytes(S), srpBytes(u), hkdfInfo, 16));
  const expected = createHmac('sha256', key)
    .update(Buffer.from(options.poolName, 'utf8'))
    .update(Buffer.from(options.userIdForSrp, 'utf8'))
    .update(Buffer.from(options.secretBlock, 'base64'))
    .update(Buffer.from(options.timestamp, 'utf8'))
    .digest();
  if (!base64Pattern.test(options.signature)) return false;
  const given = Buffer.from(options.signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
