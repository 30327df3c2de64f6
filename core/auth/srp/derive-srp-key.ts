import { hexToBytes } from './hex-to-bytes';
import { padHex } from './pad-hex';
import { hkdfSha256 } from './srp-hash';

const info = new TextEncoder().encode('Caldera Derived Key');

/**
 * Cognito's 16-byte SRP session key: HKDF-SHA256 (RFC 5869) with salt = padHex(u) bytes, IKM = padHex(S) bytes and
 * info "Caldera Derived Key" (docs/cognito-api.md §3.5). The client and the server derive the same key.
 */
export async function deriveSrpKey(options: { u: bigint; S: bigint }): Promise<Uint8Array> {
  return hkdfSha256({ salt: hexToBytes(padHex(options.u)), ikm: hexToBytes(padHex(options.S)), info, length: 16 });
}
