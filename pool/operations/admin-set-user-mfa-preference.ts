import { applyMfaPreference } from '../auth-support/apply-mfa-preference';
import type { Operation } from './operation-context';
import { readString } from './read-input';

/** AdminSetUserMFAPreference: SetUserMFAPreference for a named user, without an access token. */
export const adminSetUserMFAPreference: Operation = (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  const user = ctx.store.requireUser(pool, readString(input, 'Username', { maxLength: 128 }));
  ctx.store.mutate(() => {
    applyMfaPreference(pool, user, input);
    user.updatedAt = ctx.clock.now();
  });
  return {};
};
