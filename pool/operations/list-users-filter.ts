import { CognitoError } from '../errors/cognito-error';
import type { PoolUser } from '../state/types';

const SEARCHABLE = [
  'username',
  'email',
  'phone_number',
  'name',
  'given_name',
  'family_name',
  'preferred_username',
  'cognito:user_status',
  'status',
  'sub',
];

/**
 * ListUsers' `Filter`: `attribute = "value"` (exact) or `attribute ^= "prefix"`, over the attributes Cognito
 * lets you search (https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-manage-user-accounts.html#cognito-user-pools-searching-for-users-using-listusers-api).
 * Returns a predicate; an unparsable filter is `InvalidParameterException`.
 */
export function listUsersFilter(filter: string | undefined): (user: PoolUser) => boolean {
  if (filter === undefined || filter.trim() === '') return () => true;
  const match = /^\s*([\w:]+)\s*(\^?=)\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(filter);
  if (!match || !SEARCHABLE.includes(match[1]!)) {
    throw new CognitoError('InvalidParameterException', 'Error while parsing filter.');
  }
  const [, name, operator, raw] = match as unknown as [string, string, string, string];
  const wanted = raw.replace(/\\(.)/g, '$1');
  return (user) => {
    const value = searchableValue(user, name);
    if (value === undefined) return false;
    return operator === '=' ? value === wanted : value.startsWith(wanted);
  };
}

function searchableValue(user: PoolUser, name: string): string | undefined {
  if (name === 'username') return user.Username;
  if (name === 'cognito:user_status') return user.status;
  if (name === 'status') return user.enabled ? 'Enabled' : 'Disabled';
  if (name === 'sub') return user.sub;
  return user.attributes[name];
}
