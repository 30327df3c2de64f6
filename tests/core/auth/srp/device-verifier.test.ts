import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDeviceVerifier } from '../../../../core/auth/srp/device-verifier';
import { computeSrpX, modPowG, N } from '../../../../core/auth/srp/srp-group';
import { modPow, padHex } from '../../../../core/auth/srp/srp-math';
import { createAcijHelper } from './acij-oracle';

const sha256Hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const deviceGroupKey = '-6mYy3Fxx';
const deviceKey = 'us-east-1_5c4a9f6e-1234-4d1f-9a6b-0123456789ab';

describe('createDeviceVerifier', () => {
  it('follows the ConfirmDevice formula of docs/cognito-api.md §4.1 byte for byte', async () => {
    const passwordBytes = Buffer.from(Array.from({ length: 40 }, (_, i) => i * 3));
    const saltBytes = Buffer.from(Array.from({ length: 16 }, (_, i) => 0xf0 - i));
    const queue = [passwordBytes, saltBytes];
    const verifier = await createDeviceVerifier({ deviceGroupKey, deviceKey, random: () => queue.shift()! });

    expect(verifier.devicePassword).toBe(passwordBytes.toString('base64'));
    expect(verifier.devicePassword).toHaveLength(56);
    const saltHex = `00${saltBytes.toString('hex')}`; // top bit set → Java-style 00 prefix
    expect(Buffer.from(verifier.salt, 'base64').toString('hex')).toBe(saltHex);
    const inner = sha256Hex(`${deviceGroupKey}${deviceKey}:${verifier.devicePassword}`);
    const x = BigInt(`0x${sha256Hex(Buffer.from(saltHex + inner, 'hex'))}`);
    const expected = Buffer.from(padHex(modPow(2n, x, N)), 'hex').toString('base64');
    expect(verifier.passwordVerifier).toBe(expected);
  });

  it('drops leading zero bytes of the salt as Amplify does (padHex of the integer)', async () => {
    const saltBytes = Buffer.from([0, 0, ...Array.from({ length: 14 }, (_, i) => i + 0x10)]);
    const queue = [randomBytes(40), saltBytes];
    const verifier = await createDeviceVerifier({ deviceGroupKey, deviceKey, random: () => queue.shift()! });
    expect(Buffer.from(verifier.salt, 'base64')).toEqual(saltBytes.subarray(2));
  });

  it('agrees with the verifier amazon-cognito-identity-js builds for its own random password and salt', async () => {
    const helper = createAcijHelper(deviceGroupKey);
    await new Promise<void>((resolve, reject) =>
      helper.generateHashDevice(deviceGroupKey, deviceKey, (error) => (error ? reject(error) : resolve())),
    );
    const x = await computeSrpX({
      saltHex: helper.getSaltDevices(),
      poolName: deviceGroupKey,
      userIdForSrp: deviceKey,
      password: helper.getRandomPassword(),
    });
    expect(padHex(modPowG(x))).toBe(helper.getVerifierDevices());
  });
});
