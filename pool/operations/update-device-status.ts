import { requireConfirmedDevice } from '../auth/device-output';
import type { Operation } from './operation-context';
import { readOptionalEnum, readString } from './read-input';

/**
 * UpdateDeviceStatus
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateDeviceStatus.html):
 * marks a confirmed device remembered (it then answers DEVICE_SRP_AUTH instead of MFA) or not remembered.
 */
export const updateDeviceStatus: Operation = (input, ctx) => {
  const { user } = ctx.tokens.verifyAccessToken(readString(input, 'AccessToken', { maxLength: 8192 }));
  const device = requireConfirmedDevice(user, readString(input, 'DeviceKey', { maxLength: 55 }));
  const status = readOptionalEnum(input, 'DeviceRememberedStatus', ['remembered', 'not_remembered'] as const);
  if (status) device.status = status;
  device.updatedAt = ctx.clock.now();
  ctx.store.changed();
  return {};
};
