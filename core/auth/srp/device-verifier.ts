import { encodeBase64 } from '../../encoding/encode-base64';
import { hexToBytes } from '../../encoding/hex-to-bytes';
import { computeSrpX, modPowG } from './srp-group';
import { bytesToBigInt, padHex } from './srp-math';

/** What `ConfirmDevice` needs, plus the password to keep for later device SRP. */
export interface DeviceVerifier {
  /** Base64 of 40 random bytes; store it with the device key, it is the device's SRP password. */
  devicePassword: string;
  /** `DeviceSecretVerifierConfig.PasswordVerifier`: base64 of the bytes of padHex(g^x mod N). */
  passwordVerifier: string;
  /** `DeviceSecretVerifierConfig.Salt`: base64 of the bytes of padHex(salt), salt = 16 random bytes. */
  salt: string;
}

/**
 * Builds a device's SRP verifier for `ConfirmDevice` the way Amplify does (docs/cognito-api.md §4.1):
 * x = H(padHex(salt) ‖ H(deviceGroupKey ‖ deviceKey ‖ ":" ‖ devicePassword)), verifier = g^x mod N.
 */
export async function createDeviceVerifier(options: {
  deviceGroupKey: string;
  deviceKey: string;
  random: (byteCount: number) => Uint8Array;
}): Promise<DeviceVerifier> {
  const devicePassword = encodeBase64(options.random(40));
  const saltHex = padHex(bytesToBigInt(options.random(16)));
  const x = await computeSrpX({
    saltHex,
    poolName: options.deviceGroupKey,
    userIdForSrp: options.deviceKey,
    password: devicePassword,
  });
  return {
    devicePassword,
    passwordVerifier: encodeBase64(hexToBytes(padHex(modPowG(x)))),
    salt: encodeBase64(hexToBytes(saltHex)),
  };
}
