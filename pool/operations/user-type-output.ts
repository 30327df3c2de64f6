import type { PoolUser } from '../state/types';
import { userAttributeList } from './user-attribute-list';

/** A user as AdminCreateUser and ListUsers return it (`UserType`; dates in epoch seconds). */
export function userTypeOutput(user: PoolUser, options: { attributesToGet?: string[] } = {}): Record<string, unknown> {
  const wanted = options.attributesToGet;
  const attributes = userAttributeList(user).filter((attribute) => !wanted || wanted.includes(attribute.Name));
  return {
    Username: user.Username,
    Attributes: attributes,
    UserCreateDate: user.createdAt / 1000,
    UserLastModifiedDate: user.updatedAt / 1000,
    Enabled: user.enabled,
    UserStatus: user.status,
  };
}
