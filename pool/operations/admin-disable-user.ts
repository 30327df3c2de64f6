import type { Operation } from './operation-context';
import { readString } from './read-input';

/**
 * AdminDisableUser: sign-in is refused ("User is disabled.") and, as Cognito does, the user's existing tokens
 * are revoked (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDisableUser.html).
 */
export const adminDisableUser: Operation = (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  const user = ctx.store.requireUser(pool, readString(input, 'Username', { maxLength: 128 }));
  ctx.store.mutate(() => {
    user.enabled = false;
    user.tokensValidAfter = ctx.clock.now();
    user.updatedAt = ctx.clock.now();
    for (const [token, record] of Object.entries(pool.refreshTokens)) {
      if (record.username !== user.Username) continue;
      if (!user.revokedOriginJtis.includes(record.originJti)) user.revokedOriginJtis.push(record.originJti);
      delete pool.refreshTokens[token];
    }
  });
  return {};
};
