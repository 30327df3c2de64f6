import { deletePoolUser } from '../state/delete-pool-user';
import type { Operation } from './operation-context';
import { readString } from './read-input';

/** AdminDeleteUser: the user, its refresh tokens and sessions go; its access tokens stop working. */
export const adminDeleteUser: Operation = (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  const user = ctx.store.requireUser(pool, readString(input, 'Username', { maxLength: 128 }));
  ctx.store.mutate((state) => deletePoolUser(state, pool, user));
  return {};
};
