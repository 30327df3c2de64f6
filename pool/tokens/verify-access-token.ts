import type { Clock } from '../clock/create-clock';
import { CognitoError } from '../errors/cognito-error';
import type { PoolStore } from '../state/pool-store';
import type { PoolUser, UserPool } from '../state/types';
import { decodeToken, verifyTokenSignature } from './verify-token-signature';

export interface VerifiedAccessToken {
  pool: UserPool;
  user: PoolUser;
  claims: Record<string, unknown>;
}

/**
 * Checks an access token as Cognito's user APIs do (GetUser, ChangePassword…): our signature, `token_use`
 * `access`, not expired, not revoked (RevokeToken/GlobalSignOut hooks: the user's `revokedOriginJtis` and
 * `tokensValidAfter`), user present and enabled. Every refusal is `NotAuthorizedException` except a deleted
 * user (`UserNotFoundException`, assumed).
 */
export function verifyAccessToken(ctx: { store: PoolStore; clock: Clock }, token: unknown): VerifiedAccessToken {
  const invalid = () => new CognitoError('NotAuthorizedException', 'Invalid Access Token');
  const decoded = decodeToken(token);
  if (!decoded) throw invalid();
  const { claims } = decoded;
  const poolId = typeof claims.iss === 'string' ? claims.iss.slice(claims.iss.lastIndexOf('/') + 1) : '';
  const pool = Object.hasOwn(ctx.store.state.pools, poolId) ? ctx.store.state.pools[poolId] : undefined;
  if (!pool || !verifyTokenSignature(pool.signingKey, decoded)) throw invalid();
  if (claims.token_use !== 'access') throw invalid();
  if (typeof claims.exp !== 'number' || ctx.clock.now() >= claims.exp * 1000) {
    throw new CognitoError('NotAuthorizedException', 'Access Token has expired');
  }
  const username = typeof claims.username === 'string' ? claims.username : '';
  const user = Object.hasOwn(pool.users, username) ? pool.users[username] : undefined;
  if (!user || user.sub !== claims.sub) throw new CognitoError('UserNotFoundException', 'User does not exist.');
  const iat = typeof claims.iat === 'number' ? claims.iat : 0;
  const revoked =
    (typeof claims.origin_jti === 'string' && user.revokedOriginJtis.includes(claims.origin_jti)) ||
    (user.tokensValidAfter !== undefined && iat < Math.floor(user.tokensValidAfter / 1000));
  if (revoked) throw new CognitoError('NotAuthorizedException', 'Access Token has been revoked');
  if (!user.enabled) throw new CognitoError('NotAuthorizedException', 'User is disabled.');
  return { pool, user, claims };
}
