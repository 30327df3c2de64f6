import { hexToBytes } from './hex-to-bytes';
import { padHex } from './pad-hex';
import { sha256Hex } from './srp-hash';

/** The SRP scrambling parameter u = H(padHex(A) ‖ padHex(B)) (docs/cognito-api.md §3.4; RFC 5054 §2.6). */
export async function computeSrpU(options: { A: bigint; B: bigint }): Promise<bigint> {
  return BigInt(`0x${await sha256Hex(hexToBytes(padHex(options.A) + padHex(options.B)))}`);
}
