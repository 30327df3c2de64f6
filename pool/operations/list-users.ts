import { CognitoError } from '../errors/cognito-error';
import { listUsersFilter } from './list-users-filter';
import type { Operation } from './operation-context';
import { readOptionalInteger, readOptionalString, readOptionalStringArray, readString } from './read-input';
import { userTypeOutput } from './user-type-output';

/** ListUsers with Filter, AttributesToGet, Limit (≤ 60) and PaginationToken, in creation order. */
export const listUsers: Operation = (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  const limit = readOptionalInteger(input, 'Limit', { min: 0, max: 60 }) || 60;
  const attributesToGet = readOptionalStringArray(input, 'AttributesToGet');
  const token = readOptionalString(input, 'PaginationToken');
  const start = token === undefined ? 0 : Number.parseInt(Buffer.from(token, 'base64url').toString('utf8'), 10);
  if (!Number.isSafeInteger(start) || start < 0) {
    throw new CognitoError('InvalidParameterException', 'Invalid pagination token.');
  }
  const matches = Object.values(pool.users)
    .filter(listUsersFilter(readOptionalString(input, 'Filter')))
    .sort((a, b) => a.createdAt - b.createdAt);
  const page = matches.slice(start, start + limit);
  const next = start + limit < matches.length ? Buffer.from(String(start + limit)).toString('base64url') : undefined;
  return {
    Users: page.map((user) => userTypeOutput(user, attributesToGet ? { attributesToGet } : {})),
    ...(next ? { PaginationToken: next } : {}),
  };
};
