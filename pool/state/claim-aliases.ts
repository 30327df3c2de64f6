import { CognitoError } from '../errors/cognito-error';
import type { PoolUser, UserPool } from './types';

/**
 * In alias pools a verified email/phone (and any preferred_username) must belong to one user. When `user` now
 * holds one another user also holds verified, Cognito refuses with AliasExistsException unless
 * ForceAliasCreation moves the alias (the other user's attribute becomes unverified).
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmSignUp.html (ForceAliasCreation)
 */
export function claimAliases(pool: UserPool, user: PoolUser, options: { force: boolean }): void {
  for (const attribute of pool.config.AliasAttributes ?? []) {
    const value = user.attributes[attribute];
    if (!value) continue;
    if (attribute !== 'preferred_username' && user.attributes[`${attribute}_verified`] !== 'true') continue;
    const holder = Object.values(pool.users).find(
      (other) =>
        other !== user &&
        sameValue(attribute, other.attributes[attribute], value) &&
        (attribute === 'preferred_username' || other.attributes[`${attribute}_verified`] === 'true'),
    );
    if (!holder) continue;
    if (!options.force || attribute === 'preferred_username') {
      throw new CognitoError('AliasExistsException', `An account with the given ${attribute} already exists.`);
    }
    holder.attributes[`${attribute}_verified`] = 'false';
  }
}

function sameValue(attribute: string, a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  return attribute === 'email' ? a.toLowerCase() === b.toLowerCase() : a === b;
}
