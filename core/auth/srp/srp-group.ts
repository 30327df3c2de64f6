import { bytesToHex } from '../../encoding/bytes-to-hex';
import { concatBytes } from '../../encoding/concat-bytes';
import { hexToBytes } from '../../encoding/hex-to-bytes';
import { createFixedBasePow, padHex } from './srp-math';

/**
 * The SRP group Cognito uses (docs/cognito-api.md §3.1): the 3072-bit prime of RFC 5054 Appendix A ("3072-bit Group", identical to the
 * RFC 3526 §4 3072-bit MODP group) with generator g = 2.
 * https://www.rfc-editor.org/rfc/rfc5054#appendix-A
 */
export const N = BigInt(
  '0x' +
    'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);

/** The generator (RFC 5054 Appendix A: "The generator is: 2"). */
export const g = 2n;

/**
 * The SRP-6a multiplier as Cognito computes it: SHA-256(padHex(N) ‖ padHex(g)), where padHex is the Java
 * BigInteger.toByteArray() encoding (so N carries a leading 0x00 and g is the single byte 0x02 — not RFC 5054's
 * PAD(g)). It is a constant; tests recompute it from N and g.
 */
export const k = 0x538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6n;

/**
 * `g^exponent mod N`, the hot path of SRP (A = g^a, the verifier g^x, the pool's g^b), over a table for g that is
 * built on first use and kept for the life of the worker. Exponents reduce mod N − 1 (N is prime).
 */
export const modPowG = createFixedBasePow({ base: g, primeModulus: N });

/*
 * The hashes of Cognito SRP (docs/cognito-api.md §3.2–§3.5), on WebCrypto (`globalThis.crypto.subtle`), which is
 * the same in an MV3 service worker and in Node 20.
 */

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const utf8 = new TextEncoder();

/** SHA-256 of the bytes (FIPS 180-4). */
async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest('SHA-256', concatBytes(bytes)));
}

/** SHA-256 of the bytes as 64 lower-case hex digits (the `H` of docs/cognito-api.md §3.2). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return bytesToHex(await sha256(bytes));
}

/** HMAC-SHA256 (RFC 2104) of `message` under `key`. */
export async function hmacSha256(key: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await subtle().importKey('raw', concatBytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return new Uint8Array(await subtle().sign('HMAC', cryptoKey, concatBytes(message)));
}

/**
 * HKDF-SHA256 (RFC 5869) for outputs of at most one hash block (32 bytes), which is all Cognito needs:
 * PRK = HMAC(salt, ikm); OKM = HMAC(PRK, info ‖ 0x01)[0, length).
 */
export async function hkdfSha256(options: {
  salt: Uint8Array;
  ikm: Uint8Array;
  info: Uint8Array;
  length: number;
}): Promise<Uint8Array> {
  if (options.length < 1 || options.length > 32) throw new RangeError('hkdfSha256 supports 1..32 output bytes');
  const prk = await hmacSha256(options.salt, options.ikm);
  const okm = await hmacSha256(prk, concatBytes(options.info, Uint8Array.of(1)));
  return okm.slice(0, options.length);
}

/** The SRP scrambling parameter u = H(padHex(A) ‖ padHex(B)) (docs/cognito-api.md §3.4; RFC 5054 §2.6). */
export async function computeSrpU(options: { A: bigint; B: bigint }): Promise<bigint> {
  return BigInt(`0x${await sha256Hex(hexToBytes(padHex(options.A) + padHex(options.B)))}`);
}

/**
 * The SRP private key x = H(padHex(salt) ‖ H(utf8(poolName ‖ userIdForSrp ‖ ":" ‖ password))), where the inner hash
 * is joined as hex and the whole hex string is decoded before hashing (docs/cognito-api.md §3.4). For user SRP
 * `poolName` is the part of the user pool id after `_`; for device SRP it is the device group key, `userIdForSrp`
 * the device key and `password` the device password (docs/cognito-api.md §4.1).
 */
export async function computeSrpX(options: {
  saltHex: string;
  poolName: string;
  userIdForSrp: string;
  password: string;
}): Promise<bigint> {
  const identityHash = await sha256Hex(utf8.encode(`${options.poolName}${options.userIdForSrp}:${options.password}`));
  const saltPadded = padHex(BigInt(`0x${options.saltHex}`));
  return BigInt(`0x${await sha256Hex(hexToBytes(saltPadded + identityHash))}`);
}

const keyInfo = utf8.encode('Caldera Derived Key');

/**
 * Cognito's 16-byte SRP session key: HKDF-SHA256 (RFC 5869) with salt = padHex(u) bytes, IKM = padHex(S) bytes and
 * info "Caldera Derived Key" (docs/cognito-api.md §3.5). The client and the server derive the same key.
 */
export async function deriveSrpKey(options: { u: bigint; S: bigint }): Promise<Uint8Array> {
  return hkdfSha256({
    salt: hexToBytes(padHex(options.u)),
    ikm: hexToBytes(padHex(options.S)),
    info: keyInfo,
    length: 16,
  });
}
