import { requireConfirmedDevice } from '../auth/device-output';
import type { Operation } from './operation-context';
import { readString } from './read-input';

/**
 * ForgetDevice (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgetDevice.html):
 * deletes the device; a later sign-in naming its key gets "Device does not exist.".
 */
export const forgetDevice: Operation = (input, ctx) => {
  const { user } = ctx.tokens.verifyAccessToken(readString(input, 'AccessToken', { maxLength: 8192 }));
  const device = requireConfirmedDevice(user, readString(input, 'DeviceKey', { maxLength: 55 }));
  delete user.devices[device.deviceKey];
  ctx.store.changed();
  return {};
};
