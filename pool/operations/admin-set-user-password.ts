import { checkPasswordPolicy } from '../auth-support/check-password-policy';
import { setUserPassword } from '../auth-support/set-user-password';
import type { Operation } from './operation-context';
import { readOptionalBoolean, readString } from './read-input';

/**
 * AdminSetUserPassword: `Permanent: true` makes the user CONFIRMED with this password; otherwise it is a
 * temporary password and the user must change it (FORCE_CHANGE_PASSWORD).
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminSetUserPassword.html
 */
export const adminSetUserPassword: Operation = async (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  const user = ctx.store.requireUser(pool, readString(input, 'Username', { maxLength: 128 }));
  const password = readString(input, 'Password', { maxLength: 256 });
  const permanent = readOptionalBoolean(input, 'Permanent') ?? false;
  checkPasswordPolicy(pool.config.Policies.PasswordPolicy, password);
  await setUserPassword(ctx, { pool, user, password, temporary: !permanent });
  user.status = permanent ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD';
  ctx.store.changed();
  return {};
};
