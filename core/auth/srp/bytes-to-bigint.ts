import { bytesToHex } from './bytes-to-hex';

/** Reads the bytes as an unsigned big-endian integer (0 for no bytes). */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${bytesToHex(bytes)}`);
}
