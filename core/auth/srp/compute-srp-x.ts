import { hexToBytes } from './hex-to-bytes';
import { padHex } from './pad-hex';
import { sha256Hex, sha256HexOfText } from './srp-hash';

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
  const identityHash = await sha256HexOfText(`${options.poolName}${options.userIdForSrp}:${options.password}`);
  const saltPadded = padHex(BigInt(`0x${options.saltHex}`));
  return BigInt(`0x${await sha256Hex(hexToBytes(saltPadded + identityHash))}`);
}
