import { CognitoError } from '../errors/cognito-error';
import type { OperationContext } from '../operations/operation-context';
import type { AppClient, PoolUser, UserPool } from '../state/types';

/** The PoolSession kind ConfirmSignUp issues; InitiateAuth USER_AUTH redeems it for tokens (auto sign-in). */
const SIGN_UP_CONFIRMED = 'SIGN_UP_CONFIRMED';

/**
 * Stores the `Session` ConfirmSignUp returns (docs/cognito-api.md §6.1): bound to pool, client and user, single
 * use, valid for the client's AuthSessionValidity (3 minutes by default). The caller marks the store changed.
 */
export function issueSignUpSession(
  ctx: Pick<OperationContext, 'store' | 'clock' | 'random'>,
  options: { pool: UserPool; client: AppClient; user: PoolUser },
): string {
  const id = Buffer.from(ctx.random(384)).toString('base64url');
  const now = ctx.clock.now();
  ctx.store.state.sessions[id] = {
    id,
    kind: SIGN_UP_CONFIRMED,
    poolId: options.pool.Id,
    clientId: options.client.ClientId,
    username: options.user.Username,
    createdAt: now,
    expiresAt: now + options.client.AuthSessionValidity * 60_000,
  };
  return id;
}

/**
 * Consumes a ConfirmSignUp session for InitiateAuth USER_AUTH. It must exist, be unexpired, of this kind, for the
 * same pool, client and user; otherwise NotAuthorizedException "Invalid session for the user." (assumed).
 * Returns the user it signs in. The caller marks the store changed.
 */
export function redeemSignUpSession(
  ctx: Pick<OperationContext, 'store' | 'clock'>,
  options: { session: string; pool: UserPool; client: AppClient; user: PoolUser },
): PoolUser {
  const stored = Object.hasOwn(ctx.store.state.sessions, options.session)
    ? ctx.store.state.sessions[options.session]
    : undefined;
  const valid =
    stored?.kind === SIGN_UP_CONFIRMED &&
    stored.poolId === options.pool.Id &&
    stored.clientId === options.client.ClientId &&
    stored.username === options.user.Username;
  if (!stored || !valid) throw new CognitoError('NotAuthorizedException', 'Invalid session for the user.');
  delete ctx.store.state.sessions[options.session];
  if (ctx.clock.now() > stored.expiresAt) {
    throw new CognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
  }
  return options.user;
}
