import { decodeBase64 } from '../encoding/decode-base64';
import { isSidekeyError } from '../errors/sidekey-error';
import type { SignInDetails } from './amplify-shapes';
import type { AuthContext } from './auth-context';
import { AuthError, signInException } from './auth-error';
import type { StoredTokens } from './auth-storage';
import type { AuthenticationResult } from './cognito/cognito-operations';
import { createDeviceVerifier } from './srp/device-verifier';

/*
 * The signed-in session: the tokens a sign-in or refresh ends with (and the device Cognito creates with them),
 * decoded, refreshed when they expire, and who they belong to.
 */

/** A JWT as Amplify hands it out: the decoded payload, and the compact string back via `toString()`. */
type JWT = {
  payload: Record<string, unknown> & { exp?: number; iat?: number; sub?: string };
  toString(): string;
};

/**
 * Decodes (does not verify) a compact JWS's payload (RFC 7519 §7.2 steps 1–7; base64url per RFC 7515 §2). The
 * engine only reads claims of tokens Cognito just handed to it over TLS; resource servers verify signatures.
 */
export function decodeJwt(token: string): JWT {
  const invalid = (cause?: unknown) =>
    new AuthError({ code: 'InvalidJwt', message: 'A stored token is not a JWT.', cause });
  const part = token.split('.')[1];
  if (!part) throw invalid();
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder().decode(decodeBase64(part, { code: 'InvalidJwt' })));
  } catch (cause) {
    throw invalid(cause);
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw invalid();
  return { payload: payload as JWT['payload'], toString: () => token };
}

/**
 * Keeps the tokens of a finished sign-in (or refresh). The user's key is the access token's `username` claim —
 * Cognito's canonical name — falling back to the active username. A new device is confirmed first (docs/cognito-api.md §4.1).
 */
export async function storeAuthenticationResult(
  context: AuthContext,
  options: {
    result: AuthenticationResult;
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

/**
 * Confirms the device Cognito just created (`NewDeviceMetadata`) with an SRP verifier, then stores its keys for
 * the user, so later sign-ins can answer DEVICE_SRP_AUTH (AWS docs, "Working with user devices"; docs/cognito-api.md §4.1). Like
 * Amplify, a failure here is swallowed: the sign-in has succeeded, the device just is not tracked.
 */
async function confirmDevice(
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

/** Amplify's `AuthSession` for user-pool-only setups (no identity pool, so no credentials). */
type AuthSession = {
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
 * A sign-out or a new sign-in while the request was out wins: the answer then neither stores tokens (which would
 * sign the user back in, or over the new session) nor clears them, and the session stored now is returned.
 */
async function refresh(context: AuthContext, tokens: StoredTokens): Promise<StoredTokens | undefined> {
  if (!tokens.refreshToken) return undefined;
  const device = await context.devices.load(tokens.username);
  /** The session stored now, when it is no longer the one this refresh started from. */
  const replaced = async () => {
    const now = await context.tokens.load();
    return now?.refreshToken === tokens.refreshToken ? undefined : { now };
  };
  try {
    const out = await context.call('GetTokensFromRefreshToken', {
      ClientId: context.clientId,
      RefreshToken: tokens.refreshToken,
      ClientSecret: context.clientSecret,
      DeviceKey: device?.deviceKey,
    });
    const moved = await replaced();
    if (moved) return moved.now;
    if (!out.AuthenticationResult) return undefined;
    await storeAuthenticationResult(context, {
      result: { ...out.AuthenticationResult, NewDeviceMetadata: undefined },
      username: tokens.username,
      signInDetails: tokens.signInDetails,
      refreshToken: tokens.refreshToken,
    });
    return context.tokens.load();
  } catch (error) {
    const moved = await replaced();
    if (moved) return moved.now;
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

/** Amplify's current-user shape (docs/cognito-api.md §9). */
type AuthUser = { username: string; userId: string; signInDetails?: SignInDetails };

/** The signed-in user's access token (refreshed if needed), or Amplify's `UserUnAuthenticatedException`. */
export async function requireAccessToken(context: AuthContext): Promise<string> {
  const { tokens } = await fetchAuthSession(context);
  if (!tokens)
    throw new AuthError({
      code: 'UserUnAuthenticatedException',
      message: 'User needs to be authenticated to call this API.',
    });
  return tokens.accessToken.toString();
}

/** Amplify's `getCurrentUser`: who is signed in, from the ID token (falling back to the access token). */
export async function getCurrentUser(context: AuthContext): Promise<AuthUser> {
  const { tokens } = await fetchAuthSession(context);
  if (!tokens)
    throw new AuthError({
      code: 'UserUnAuthenticatedException',
      message: 'User needs to be authenticated to call this API.',
    });
  const id = tokens.idToken?.payload ?? {};
  const access = tokens.accessToken.payload;
  const username = id['cognito:username'] ?? access.username;
  const userId = id.sub ?? access.sub;
  return { username: String(username), userId: String(userId), signInDetails: tokens.signInDetails };
}

/** Amplify's `fetchUserAttributes`: GetUser's attributes as a name → value record. */
export async function fetchUserAttributes(context: AuthContext): Promise<Record<string, string>> {
  const out = await context.call('GetUser', {
    AccessToken: await requireAccessToken(context),
  });
  return Object.fromEntries((out.UserAttributes ?? []).map(({ Name, Value }) => [Name, Value ?? '']));
}
