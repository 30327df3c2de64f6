import { deletePoolUser } from '../state/delete-pool-user';
import type { Operation } from './operation-context';

/** DeleteUser: the signed-in user deletes their own account. */
export const deleteUser: Operation = (input, ctx) => {
  const { pool, user } = ctx.tokens.verifyAccessToken(input.AccessToken);
  ctx.store.mutate((state) => deletePoolUser(state, pool, user));
  return {};
};
