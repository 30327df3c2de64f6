import { bytesToHex } from './bytes-to-hex';
import { concatBytes } from './concat-bytes';

/*
 * Hash primitives for Cognito SRP, on WebCrypto (`globalThis.crypto.subtle`), which is the same in an MV3 service
 * worker and in Node 20.
 */

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const utf8 = new TextEncoder();

/** SHA-256 of the bytes (FIPS 180-4). */
export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest('SHA-256', concatBytes(bytes)));
}

/** SHA-256 of the bytes as 64 lower-case hex digits (the `H` of docs/cognito-api.md §3.2). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return bytesToHex(await sha256(bytes));
}

/** SHA-256 of the UTF-8 encoding of `text`, as hex. */
export async function sha256HexOfText(text: string): Promise<string> {
  return sha256Hex(utf8.encode(text));
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
