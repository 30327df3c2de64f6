import { isSidekeyError } from '../errors/sidekey-error';
import type { AuthContext } from './auth-context';
import { decodeJwt, type JWT } from './decode-jwt';
import type { SignInDetails } from './sign-in-types';
import { storeAuthenticationResult } from './store-authentication-result';
import type { StoredTokens } from './token-store';

/** Amplify's `AuthSession` for user-pool-only setups (no identity pool, so no credentials). */
export type AuthSession = {
  tokens?: { accessToken: JWT; idToken?: JWT; signInDetails?: SignInDetails };
  userSub?: string;
};

/** Refresh failures after which the stored tokens are useless (docs/cognito-api.md §4.2). */
const CLEARING_CODES = [
  'NotAuthorizedException',
  'TokenRevokedException',
  'UserNotFoundException',
  'PasswordResetRequiredException',
  'UserNotConfirmedException',
  'RefreshTokenReuseException',
];

/** Amplify's expiry test: `now + clockDrift + 5 s > exp` for the access or the ID token. */
const isExpired = (context: AuthContext, tokens: StoredTokens): boolean =>
  [tokens.accessToken, tokens.idToken].some((token) => {
    if (!token) return false;
    const exp = decodeJwt(token).payload.exp ?? 0;
    return context.now() + tokens.clockDrift + 5000 > exp * 1000;
  });

/**
 * Refreshes through GetTokensFromRefreshToken, keeping a rotated refresh token if Cognito sends one (AWS API
 * reference, "GetTokensFromRefreshToken"). Returns undefined when the refresh token is no longer accepted.
 */
async function refresh(context: AuthContext, tokens: StoredTokens): Promise<StoredTokens | undefined> {
  if (!tokens.refreshToken) return undefined;
  const device = await context.devices.load(tokens.username);
  try {
    const out = await context.call('GetTokensFromRefreshToken', {
      ClientId: context.clientId,
      RefreshToken: tokens.refreshToken,
      ClientSecret: context.clientSecret,
      DeviceKey: device?.deviceKey,
    });
    if (!out.AuthenticationResult) return undefined;
    await storeAuthenticationResult(context, {
      result: { ...out.AuthenticationResult, NewDeviceMetadata: undefined },
      username: tokens.username,
      signInDetails: tokens.signInDetails,
      refreshToken: tokens.refreshToken,
    });
    return context.tokens.load();
  } catch (error) {
    if (isSidekeyError(error, ...CLEARING_CODES)) await context.tokens.clear();
    if (isSidekeyError(error, 'NotAuthorizedException')) return undefined;
    throw error;
  }
}

/**
 * Amplify's `fetchAuthSession`: the stored tokens, refreshed first when `forceRefresh` is set or one has expired.
 * Concurrent refreshes share one request.
 */
export async function fetchAuthSession(
  context: AuthContext,
  options: { forceRefresh?: boolean } = {},
): Promise<AuthSession> {
  let tokens = await context.tokens.load();
  if (tokens && (options.forceRefresh || isExpired(context, tokens))) {
    const current = tokens;
    context.refreshing.promise ??= refresh(context, current).finally(() => {
      context.refreshing.promise = undefined;
    });
    tokens = (await context.refreshing.promise) as StoredTokens | undefined;
  }
  if (!tokens) return {};
  const accessToken = decodeJwt(tokens.accessToken);
  return {
    tokens: {
      accessToken,
      idToken: tokens.idToken ? decodeJwt(tokens.idToken) : undefined,
      signInDetails: tokens.signInDetails,
    },
    userSub: typeof accessToken.payload.sub === 'string' ? accessToken.payload.sub : undefined,
  };
}
