import { deviceOutput, requireConfirmedDevice } from '../auth/device-output';
import type { Operation } from './operation-context';
import { readString } from './read-input';

/** GetDevice (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetDevice.html). */
export const getDevice: Operation = (input, ctx) => {
  const { user } = ctx.tokens.verifyAccessToken(readString(input, 'AccessToken', { maxLength: 8192 }));
  return { Device: deviceOutput(requireConfirmedDevice(user, readString(input, 'DeviceKey', { maxLength: 55 }))) };
};
