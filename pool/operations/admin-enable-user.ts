import type { Operation } from './operation-context';
import { readString } from './read-input';

/** AdminEnableUser. */
export const adminEnableUser: Operation = (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  const user = ctx.store.requireUser(pool, readString(input, 'Username', { maxLength: 128 }));
  ctx.store.mutate(() => {
    user.enabled = true;
    user.updatedAt = ctx.clock.now();
  });
  return {};
};
