import type { PoolState, PoolUser, UserPool } from './types';

/** Removes a user with everything that points at it: refresh tokens and open sessions. */
export function deletePoolUser(state: PoolState, pool: UserPool, user: PoolUser): void {
  delete pool.users[user.Username];
  for (const [token, record] of Object.entries(pool.refreshTokens)) {
    if (record.username === user.Username) delete pool.refreshTokens[token];
  }
  for (const [id, session] of Object.entries(state.sessions)) {
    if (session.poolId === pool.Id && session.username === user.Username) delete state.sessions[id];
  }
}
