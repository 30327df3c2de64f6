import { CognitoError } from '../errors/cognito-error';
import type { AppClient, PoolState, PoolUser, UserPool } from './types';

/** An empty state (no pools). */
export function createEmptyState(): PoolState {
  return { version: 1, pools: {}, sessions: {} };
}

type ChangeListener = (state: PoolState) => void;

/**
 * The pool's in-memory state plus the lookups Cognito's API needs. Operations change records in place and then
 * call {@link PoolStore.changed} (or wrap the change in {@link PoolStore.mutate}); persistence listens to that.
 */
export class PoolStore {
  state: PoolState;
  readonly #listeners = new Set<ChangeListener>();

  constructor(state: PoolState = createEmptyState()) {
    this.state = state;
  }

  /** The pool, or `ResourceNotFoundException` "User pool <id> does not exist.". */
  getPool(poolId: string): UserPool {
    const pool = Object.hasOwn(this.state.pools, poolId) ? this.state.pools[poolId] : undefined;
    if (!pool) throw new CognitoError('ResourceNotFoundException', `User pool ${poolId} does not exist.`);
    return pool;
  }

  /** The app client of `pool`, or `ResourceNotFoundException` "User pool client <id> does not exist.". */
  getClient(pool: UserPool, clientId: string): AppClient {
    const client = Object.hasOwn(pool.clients, clientId) ? pool.clients[clientId] : undefined;
    if (!client) throw new CognitoError('ResourceNotFoundException', `User pool client ${clientId} does not exist.`);
    return client;
  }

  /** Public operations name only a ClientId: finds its pool. Same error as {@link getClient}. */
  findClient(clientId: string): { pool: UserPool; client: AppClient } {
    for (const pool of Object.values(this.state.pools)) {
      const client = Object.hasOwn(pool.clients, clientId) ? pool.clients[clientId] : undefined;
      if (client) return { pool, client };
    }
    throw new CognitoError('ResourceNotFoundException', `User pool client ${clientId} does not exist.`);
  }

  /**
   * The user a sign-in name refers to: the username (case-insensitively when
   * UsernameConfiguration.CaseSensitive is false), or, in pools with UsernameAttributes, the email/phone
   * (whether verified or not), or, in pools with AliasAttributes, a *verified* email/phone or a
   * preferred_username. Emails compare case-insensitively.
   * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases
   */
  findUser(pool: UserPool, usernameOrAlias: string): PoolUser | undefined {
    if (usernameOrAlias === '') return undefined;
    const exact = Object.hasOwn(pool.users, usernameOrAlias) ? pool.users[usernameOrAlias] : undefined;
    if (exact) return exact;
    const users = Object.values(pool.users);
    if (!pool.config.UsernameConfiguration.CaseSensitive) {
      const lower = usernameOrAlias.toLowerCase();
      const match = users.find((user) => user.Username.toLowerCase() === lower);
      if (match) return match;
    }
    for (const attribute of pool.config.UsernameAttributes ?? []) {
      const match = users.find((user) => sameAttribute(attribute, user.attributes[attribute], usernameOrAlias));
      if (match) return match;
    }
    for (const attribute of pool.config.AliasAttributes ?? []) {
      const match = users.find(
        (user) =>
          sameAttribute(attribute, user.attributes[attribute], usernameOrAlias) &&
          (attribute === 'preferred_username' || user.attributes[`${attribute}_verified`] === 'true'),
      );
      if (match) return match;
    }
    return undefined;
  }

  /** {@link findUser} or `UserNotFoundException` "User does not exist.". */
  requireUser(pool: UserPool, usernameOrAlias: string): PoolUser {
    const user = this.findUser(pool, usernameOrAlias);
    if (!user) throw new CognitoError('UserNotFoundException', 'User does not exist.');
    return user;
  }

  /** Runs `change` on the state, then tells listeners (also when `change` throws, since it may have changed things). */
  mutate<T>(change: (state: PoolState) => T): T {
    try {
      return change(this.state);
    } finally {
      this.changed();
    }
  }

  /** Tells listeners (persistence) that the state changed. */
  changed(): void {
    for (const listener of this.#listeners) listener(this.state);
  }

  /** Calls `listener` after every change; returns an unsubscribe function. */
  onChange(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

function sameAttribute(attribute: string, stored: string | undefined, given: string): boolean {
  if (stored === undefined) return false;
  if (attribute === 'email') return stored.toLowerCase() === given.toLowerCase();
  return stored === given;
}
