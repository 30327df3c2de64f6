import type { Clock } from '../clock/create-clock';
import { type RandomBytes, randomUuid } from '../state/random-string';
import type { AppClient, PoolUser, UserPool } from '../state/types';
import { identitiesClaim } from './identities-claim';
import { signToken } from './sign-token';
import { tokenValiditySeconds } from './token-validity-seconds';

export interface IssueTokensOptions {
  pool: UserPool;
  client: AppClient;
  user: PoolUser;
  /** Seconds since the epoch of the original authentication; defaults to now. Kept across refreshes. */
  authTime?: number;
  /** The sign-in session's id; a refresh passes the refresh token's one. New when absent. */
  originJti?: string;
  /** Put into the access token as `device_key` once a device is confirmed. */
  deviceKey?: string;
  /** Whether to mint and store a refresh token (default true; refreshes without rotation pass false). */
  withRefreshToken?: boolean;
}

/** What minting needs from an operation's context (pool/operations/operation-context.ts). */
export interface TokenIssuerContext {
  clock: Clock;
  random: RandomBytes;
  /** `<baseUrl>/<poolId>`: the tokens' `iss`. */
  issuer(poolId: string): string;
}

/** Cognito's AuthenticationResult shape (NewDeviceMetadata is added by the flows that track devices). */
export interface IssuedTokens {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
  ExpiresIn: number;
  TokenType: 'Bearer';
}

/**
 * Mints ID/access (and refresh) tokens with the claims Cognito puts in them
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html,
 * .../amazon-cognito-user-pools-using-the-access-token.html). Refresh tokens are opaque random strings
 * stored in the pool with their origin_jti, client and expiry (real ones are JWE; clients treat them as opaque).
 * The caller marks the store changed.
 */
export function issueTokens(ctx: TokenIssuerContext, options: IssueTokensOptions): IssuedTokens {
  const { pool, client, user } = options;
  const nowMs = ctx.clock.now();
  const iat = Math.floor(nowMs / 1000);
  const authTime = options.authTime ?? iat;
  const originJti = options.originJti ?? randomUuid(ctx.random);
  const eventId = randomUuid(ctx.random);
  const iss = ctx.issuer(pool.Id);
  const accessSeconds = tokenValiditySeconds(client, 'AccessToken');
  const idSeconds = tokenValiditySeconds(client, 'IdToken');

  const accessClaims: Record<string, unknown> = {
    sub: user.sub,
    ...(options.deviceKey ? { device_key: options.deviceKey } : {}),
    iss,
    client_id: client.ClientId,
    origin_jti: originJti,
    event_id: eventId,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    auth_time: authTime,
    exp: iat + accessSeconds,
    iat,
    jti: randomUuid(ctx.random),
    username: user.Username,
  };
  const idClaims: Record<string, unknown> = {
    ...idTokenAttributes(user),
    sub: user.sub,
    iss,
    'cognito:username': user.Username,
    origin_jti: originJti,
    aud: client.ClientId,
    event_id: eventId,
    token_use: 'id',
    auth_time: authTime,
    exp: iat + idSeconds,
    iat,
    jti: randomUuid(ctx.random),
  };

  const result: IssuedTokens = {
    AccessToken: signToken(pool.signingKey, accessClaims),
    IdToken: signToken(pool.signingKey, idClaims),
    ExpiresIn: accessSeconds,
    TokenType: 'Bearer',
  };
  if (options.withRefreshToken ?? true) {
    const refreshToken = Buffer.from(ctx.random(96)).toString('base64url');
    pool.refreshTokens[refreshToken] = {
      username: user.Username,
      clientId: client.ClientId,
      originJti,
      authTime,
      issuedAt: nowMs,
      expiresAt: nowMs + tokenValiditySeconds(client, 'RefreshToken') * 1000,
      ...(options.deviceKey ? { deviceKey: options.deviceKey } : {}),
    };
    result.RefreshToken = refreshToken;
  }
  return result;
}

/**
 * User attributes as ID-token claims: `*_verified` become booleans, a federated user's `identities` an array
 * (identitiesClaim); `sub` is set separately.
 */
function idTokenAttributes(user: PoolUser): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(user.attributes)) {
    if (name === 'sub') continue;
    if (name === 'identities') claims[name] = identitiesClaim(value);
    else claims[name] = name.endsWith('_verified') ? value === 'true' : value;
  }
  return claims;
}
