import { CognitoError } from '../errors/cognito-error';
import type { OperationContext } from '../operations/operation-context';
import { randomUuid } from './random-string';
import type { PoolUser, UserPool, UserStatus } from './types';

/**
 * A new user record in `pool` (no password yet). `username` is the name the user signs in with; in pools with
 * UsernameAttributes Cognito makes the username a generated UUID equal to the sub and keeps the email/phone as
 * attributes, so pass `username: undefined` there. Refuses a taken username (`UsernameExistsException`).
 * The caller validates attributes and marks the store changed.
 */
export function createPoolUser(
  ctx: Pick<OperationContext, 'clock' | 'random'>,
  options: {
    pool: UserPool;
    username?: string;
    attributes: Record<string, string>;
    status: UserStatus;
    enabled?: boolean;
    sub?: string;
    /** The UsernameExistsException message (SignUp: "User already exists"; AdminCreateUser differs). */
    existsMessage?: string;
  },
): PoolUser {
  const { pool } = options;
  const sub = options.sub ?? randomUuid(ctx.random);
  const username = options.username ?? sub;
  const caseSensitive = pool.config.UsernameConfiguration.CaseSensitive;
  const taken = Object.values(pool.users).some((user) =>
    caseSensitive ? user.Username === username : user.Username.toLowerCase() === username.toLowerCase(),
  );
  if (taken) throw new CognitoError('UsernameExistsException', options.existsMessage ?? 'User already exists');
  const now = ctx.clock.now();
  const user: PoolUser = {
    Username: username,
    sub,
    status: options.status,
    enabled: options.enabled ?? true,
    attributes: { ...options.attributes, sub },
    mfa: { smsEnabled: false, totpEnabled: false, emailEnabled: false },
    devices: {},
    webAuthnCredentials: [],
    codes: {},
    revokedOriginJtis: [],
    failedSignIns: { count: 0 },
    createdAt: now,
    updatedAt: now,
  };
  // defineProperty, not assignment: "__proto__" is a valid Cognito username and must become an own key.
  Object.defineProperty(pool.users, username, { value: user, enumerable: true, writable: true, configurable: true });
  return user;
}
