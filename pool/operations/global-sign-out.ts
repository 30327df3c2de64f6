import type { Operation } from './operation-context';
import { readString } from './read-input';

/**
 * GlobalSignOut (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GlobalSignOut.html):
 * revokes every session of the user: each refresh token's `origin_jti` is revoked (so its access and ID tokens
 * stop working at once) and the refresh tokens are dropped; tokens issued in earlier seconds are refused through
 * `tokensValidAfter`.
 */
export const globalSignOut: Operation = (input, ctx) => {
  const { pool, user } = ctx.tokens.verifyAccessToken(readString(input, 'AccessToken', { maxLength: 8192 }));
  const now = ctx.clock.now();
  for (const [token, record] of Object.entries(pool.refreshTokens)) {
    if (record.username !== user.Username) continue;
    if (!user.revokedOriginJtis.includes(record.originJti)) user.revokedOriginJtis.push(record.originJti);
    delete pool.refreshTokens[token];
  }
  user.tokensValidAfter = Math.floor(now / 1000) * 1000;
  user.updatedAt = now;
  ctx.store.changed();
  return {};
};
