import { CognitoError } from '../errors/cognito-error';
import type { DeviceRecord, PoolUser } from '../state/types';

/** The user's confirmed device `deviceKey`, or `ResourceNotFoundException` "Device does not exist." (Amplify retries on it). */
export function requireConfirmedDevice(user: PoolUser, deviceKey: string): DeviceRecord {
  const device = Object.hasOwn(user.devices, deviceKey) ? user.devices[deviceKey] : undefined;
  if (!device?.verifier) throw new CognitoError('ResourceNotFoundException', 'Device does not exist.');
  return device;
}

/** Cognito's DeviceType (dates in epoch seconds; `device_name` and `device_status` as DeviceAttributes). */
export function deviceOutput(device: DeviceRecord): Record<string, unknown> {
  const seconds = (ms: number | undefined) => (ms === undefined ? undefined : Math.floor(ms / 1000));
  return {
    DeviceKey: device.deviceKey,
    DeviceAttributes: [
      { Name: 'device_status', Value: 'valid' },
      ...(device.name ? [{ Name: 'device_name', Value: device.name }] : []),
      { Name: 'last_ip_used', Value: '127.0.0.1' },
      { Name: 'dev:device_remembered_status', Value: device.status },
    ],
    DeviceCreateDate: seconds(device.createdAt),
    DeviceLastModifiedDate: seconds(device.updatedAt),
    DeviceLastAuthenticatedDate: seconds(device.lastAuthenticatedAt ?? device.createdAt),
  };
}
