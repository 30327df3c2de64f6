import type { AuthContext } from './auth-context';
import { AuthError } from './auth-error';
import { getCurrentUser, requireAccessToken } from './auth-session';

/** Amplify's `FetchDevicesOutput` item. */
type AuthDevice = {
  id: string;
  name?: string;
  attributes: Record<string, string>;
  createDate?: Date;
  lastAuthenticatedDate?: Date;
  lastModifiedDate?: Date;
};

const currentDevice = async (context: AuthContext) => {
  const { username } = await getCurrentUser(context);
  return { username, device: await context.devices.load(username) };
};
const toDate = (seconds: number | undefined) => (seconds === undefined ? undefined : new Date(seconds * 1000));

/** Amplify's `rememberDevice`: UpdateDeviceStatus "remembered" for this client's device (docs/cognito-api.md §4.1). */
export async function rememberDevice(context: AuthContext): Promise<void> {
  const { device } = await currentDevice(context);
  if (!device) throw new AuthError({ code: 'DeviceMetadataNotFoundException', message: 'Device metadata not found.' });
  await context.call('UpdateDeviceStatus', {
    AccessToken: await requireAccessToken(context),
    DeviceKey: device.deviceKey,
    DeviceRememberedStatus: 'remembered',
  });
}

/**
 * Marks any of the user's devices remembered or not remembered (UpdateDeviceStatus, docs/cognito-api.md §4.1);
 * Amplify's `rememberDevice` does this for the current device only, and Cognito has no way to rename one.
 */
export async function updateDeviceStatus(
  context: AuthContext,
  input: { device: { id: string }; remembered: boolean },
): Promise<void> {
  await context.call('UpdateDeviceStatus', {
    AccessToken: await requireAccessToken(context),
    DeviceKey: input.device.id,
    DeviceRememberedStatus: input.remembered ? 'remembered' : 'not_remembered',
  });
}

/** The key of the device this client signs in as, when it has one (to mark "this browser" in a list). */
export async function currentDeviceKey(context: AuthContext): Promise<string | undefined> {
  return (await currentDevice(context)).device?.deviceKey;
}

/** Amplify's `forgetDevice`: ForgetDevice (this device by default) and drop its keys if it is this one. */
export async function forgetDevice(context: AuthContext, input: { device?: { id: string } } = {}): Promise<void> {
  const { username, device } = await currentDevice(context);
  const deviceKey = input.device?.id ?? device?.deviceKey;
  if (!deviceKey)
    throw new AuthError({ code: 'DeviceMetadataNotFoundException', message: 'Device metadata not found.' });
  await context.call('ForgetDevice', { AccessToken: await requireAccessToken(context), DeviceKey: deviceKey });
  if (deviceKey === device?.deviceKey) await context.devices.clear(username);
}

/** Amplify's `fetchDevices`: ListDevices (up to 60), dates from epoch seconds. */
export async function fetchDevices(context: AuthContext): Promise<AuthDevice[]> {
  const out = await context.call('ListDevices', { AccessToken: await requireAccessToken(context), Limit: 60 });
  return (out.Devices ?? []).map((device) => {
    const attributes = Object.fromEntries(
      (device.DeviceAttributes ?? []).map(({ Name, Value }) => [Name, Value ?? '']),
    );
    return {
      id: device.DeviceKey ?? '',
      name: attributes.device_name,
      attributes,
      createDate: toDate(device.DeviceCreateDate),
      lastAuthenticatedDate: toDate(device.DeviceLastAuthenticatedDate),
      lastModifiedDate: toDate(device.DeviceLastModifiedDate),
    };
  });
}
