import type { AuthContext } from './auth-context';
import { createDeviceVerifier } from './srp/device-verifier';

/**
 * Confirms the device Cognito just created (`NewDeviceMetadata`) with an SRP verifier, then stores its keys for
 * the user, so later sign-ins can answer DEVICE_SRP_AUTH (AWS docs, "Working with user devices"; docs/cognito-api.md §4.1). Like
 * Amplify, a failure here is swallowed: the sign-in has succeeded, the device just is not tracked.
 */
export async function confirmDevice(
  context: AuthContext,
  options: { username: string; accessToken: string; deviceKey: string; deviceGroupKey: string },
): Promise<void> {
  try {
    const verifier = await createDeviceVerifier({
      deviceGroupKey: options.deviceGroupKey,
      deviceKey: options.deviceKey,
      random: context.random,
    });
    await context.call('ConfirmDevice', {
      AccessToken: options.accessToken,
      DeviceKey: options.deviceKey,
      DeviceName: context.deviceName,
      DeviceSecretVerifierConfig: { Salt: verifier.salt, PasswordVerifier: verifier.passwordVerifier },
    });
    await context.devices.save(options.username, {
      deviceKey: options.deviceKey,
      deviceGroupKey: options.deviceGroupKey,
      randomPassword: verifier.devicePassword,
    });
  } catch {
    // Deliberately ignored (docs/cognito-api.md §4.1): no device metadata is stored.
  }
}
