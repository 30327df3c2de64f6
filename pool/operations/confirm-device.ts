import { CognitoError } from '../errors/cognito-error';
import type { Operation } from './operation-context';
import { readOptionalObject, readOptionalString, readString } from './read-input';

function base64ToHex(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) {
    throw new CognitoError('InvalidParameterException', `DeviceSecretVerifierConfig.${name} must be base64.`);
  }
  return Buffer.from(value, 'base64').toString('hex');
}

/**
 * ConfirmDevice (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmDevice.html):
 * stores the device's SRP salt and verifier (DeviceSecretVerifierConfig, base64 of the client's hex values) for a
 * device key this user's sign-in issued. Unless the pool remembers devices only on the user's prompt, the device is
 * remembered at once; `UserConfirmationNecessary` says whether UpdateDeviceStatus is needed.
 */
export const confirmDevice: Operation = (input, ctx) => {
  const { pool, user } = ctx.tokens.verifyAccessToken(readString(input, 'AccessToken', { maxLength: 8192 }));
  const deviceKey = readString(input, 'DeviceKey', { maxLength: 55 });
  const config = readOptionalObject(input, 'DeviceSecretVerifierConfig') ?? {};
  const name = readOptionalString(input, 'DeviceName', { maxLength: 1024 });
  const device = Object.hasOwn(user.devices, deviceKey) ? user.devices[deviceKey] : undefined;
  if (!device) throw new CognitoError('ResourceNotFoundException', 'Device does not exist.');
  const verifier = base64ToHex(config.PasswordVerifier, 'PasswordVerifier');
  const salt = base64ToHex(config.Salt, 'Salt');
  const onPrompt = pool.config.DeviceConfiguration?.DeviceOnlyRememberedOnUserPrompt ?? false;
  Object.assign(device, {
    verifier: BigInt(`0x${verifier}`).toString(16),
    salt,
    ...(name ? { name } : {}),
    status: onPrompt ? 'not_remembered' : 'remembered',
    updatedAt: ctx.clock.now(),
  });
  ctx.store.changed();
  return { UserConfirmationNecessary: onPrompt };
};
