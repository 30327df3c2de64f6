import { applyAttributeUpdate } from '../state/apply-attribute-update';
import { readUserAttributes } from '../state/read-user-attributes';
import type { Operation } from './operation-context';
import { readOptionalAttributeList, readString } from './read-input';

/**
 * AdminUpdateUserAttributes: administrators may also set `email_verified`/`phone_number_verified`.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminUpdateUserAttributes.html
 */
export const adminUpdateUserAttributes: Operation = (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  const user = ctx.store.requireUser(pool, readString(input, 'Username', { maxLength: 128 }));
  const pairs = readOptionalAttributeList(input, 'UserAttributes');
  if (!pairs) readString(input, 'UserAttributes');
  const attributes = readUserAttributes(pool, pairs ?? [], { writer: 'admin', creating: false });
  ctx.store.mutate(() => applyAttributeUpdate(ctx, { pool, user, attributes, writer: 'admin' }));
  return {};
};
