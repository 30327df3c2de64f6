import { CognitoError } from '../errors/cognito-error';
import type { AppClient, UserPool } from '../state/types';
import type { Ctx } from './sign-in-types';

const invalid = () => new CognitoError('NotAuthorizedException', 'Invalid Refresh Token');

/**
 * New ID and access tokens for a refresh token (InitiateAuth REFRESH_TOKEN_AUTH and GetTokensFromRefreshToken).
 * The token must belong to the client, be unexpired, unrevoked (RevokeToken, GlobalSignOut) and, once rotated,
 * used within the rotation grace period. The new tokens keep `origin_jti`, `auth_time` and `device_key`. With
 * `rotate` a new refresh token replaces the old one, which works until `RetryGracePeriodSeconds` have passed
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html).
 */
export function refreshSessionTokens(
  ctx: Ctx,
  options: { pool: UserPool; client: AppClient; refreshToken: string; rotate: boolean },
): Record<string, unknown> {
  const { pool, client } = options;
  const record = Object.hasOwn(pool.refreshTokens, options.refreshToken)
    ? pool.refreshTokens[options.refreshToken]
    : undefined;
  const now = ctx.clock.now();
  if (!record || record.clientId !== client.ClientId) throw invalid();
  if (record.graceUntil !== undefined && now > record.graceUntil) throw invalid();
  if (now >= record.expiresAt) throw new CognitoError('NotAuthorizedException', 'Refresh Token has expired');
  const user = Object.hasOwn(pool.users, record.username) ? pool.users[record.username] : undefined;
  if (!user) throw invalid();
  if (!user.enabled) throw new CognitoError('NotAuthorizedException', 'User is disabled.');
  const revoked =
    user.revokedOriginJtis.includes(record.originJti) ||
    (user.tokensValidAfter !== undefined && record.issuedAt < user.tokensValidAfter);
  if (revoked) throw new CognitoError('NotAuthorizedException', 'Refresh Token has been revoked');
  const tokens = ctx.tokens.issueTokens({
    pool,
    client,
    user,
    authTime: record.authTime,
    originJti: record.originJti,
    ...(record.deviceKey ? { deviceKey: record.deviceKey } : {}),
    withRefreshToken: options.rotate,
  });
  if (options.rotate) {
    record.replacedAt = now;
    record.graceUntil = Math.min(
      record.graceUntil ?? Number.POSITIVE_INFINITY,
      now + client.RefreshTokenRotation.RetryGracePeriodSeconds * 1000,
    );
    const fresh = tokens.RefreshToken ? pool.refreshTokens[tokens.RefreshToken] : undefined;
    if (fresh) fresh.expiresAt = record.expiresAt;
  }
  ctx.store.changed();
  return { ...tokens };
}
