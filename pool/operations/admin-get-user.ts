import type { Operation } from './operation-context';
import { readString } from './read-input';
import { userAttributeList } from './user-attribute-list';
import { userMfaOutput } from './user-mfa-output';

/** AdminGetUser: attributes, status, enabled flag, dates (epoch seconds) and MFA settings. */
export const adminGetUser: Operation = (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  const user = ctx.store.requireUser(pool, readString(input, 'Username', { maxLength: 128 }));
  return {
    Username: user.Username,
    UserAttributes: userAttributeList(user),
    UserCreateDate: user.createdAt / 1000,
    UserLastModifiedDate: user.updatedAt / 1000,
    Enabled: user.enabled,
    UserStatus: user.status,
    ...userMfaOutput(user),
  };
};
