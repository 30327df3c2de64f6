import type { AuthContext } from './auth-context';
import type { CognitoAuthenticationResult } from './cognito-auth-response';
import { confirmDevice } from './confirm-device';
import { decodeJwt } from './decode-jwt';
import { signInException } from './sign-in-exception';
import type { SignInDetails } from './sign-in-types';

/**
 * Keeps the tokens of a finished sign-in (or refresh). The user's key is the access token's `username` claim —
 * Cognito's canonical name — falling back to the active username. A new device is confirmed first (docs/cognito-api.md §4.1).
 */
export async function storeAuthenticationResult(
  context: AuthContext,
  options: {
    result: CognitoAuthenticationResult;
    username: string;
    signInDetails?: SignInDetails;
    refreshToken?: string;
  },
): Promise<void> {
  const { result } = options;
  if (!result.AccessToken) throw signInException('Cognito returned no access token.');
  const access = decodeJwt(result.AccessToken).payload;
  const username = typeof access.username === 'string' ? access.username : options.username;
  const metadata = result.NewDeviceMetadata;
  if (metadata?.DeviceKey && metadata.DeviceGroupKey)
    await confirmDevice(context, {
      username,
      accessToken: result.AccessToken,
      deviceKey: metadata.DeviceKey,
      deviceGroupKey: metadata.DeviceGroupKey,
    });
  await context.tokens.save({
    username,
    accessToken: result.AccessToken,
    idToken: result.IdToken,
    refreshToken: result.RefreshToken ?? options.refreshToken,
    clockDrift: (access.iat ?? 0) * 1000 - context.now(),
    signInDetails: options.signInDetails,
  });
}
