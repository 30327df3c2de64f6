import { isSidekeyError } from '../errors/sidekey-error';
import type { AuthContext } from './auth-context';

/**
 * Runs a call with the user's stored DEVICE_KEY (if asked to and one is stored). When Cognito answers
 * `ResourceNotFoundException` "Device does not exist." the device was forgotten server-side: drop the local keys
 * and try once more without them, as Amplify does (docs/cognito-api.md §4.1).
 */
export async function withStaleDeviceRetry<T>(
  context: AuthContext,
  options: { username: string; withDeviceKey: boolean },
  attempt: (deviceKey: string | undefined) => Promise<T>,
): Promise<T> {
  const device = options.withDeviceKey ? await context.devices.load(options.username) : undefined;
  try {
    return await attempt(device?.deviceKey);
  } catch (error) {
    if (!device || !isSidekeyError(error, 'ResourceNotFoundException') || !/Device does not exist/i.test(error.message))
      throw error;
    await context.devices.clear(options.username);
    return attempt(undefined);
  }
}
