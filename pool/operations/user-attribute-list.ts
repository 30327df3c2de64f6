import type { PoolUser } from '../state/types';

/** The user's attributes as Cognito lists them (`[{Name, Value}]`, sub first). */
export function userAttributeList(user: PoolUser): { Name: string; Value: string }[] {
  const list = [{ Name: 'sub', Value: user.sub }];
  for (const [Name, Value] of Object.entries(user.attributes)) {
    if (Name !== 'sub') list.push({ Name, Value });
  }
  return list;
}
