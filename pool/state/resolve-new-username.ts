import { CognitoError } from '../errors/cognito-error';
import { looksLikeEmail, looksLikePhone } from './read-user-attributes';
import type { UserPool } from './types';

/**
 * Turns the `Username` of SignUp/AdminCreateUser into what is stored. In pools with UsernameAttributes the
 * name must be an email or phone number; it becomes that attribute and the username becomes the sub
 * (`username: undefined`). In alias pools the username may not look like an aliased email/phone
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-usernames).
 */
export function resolveNewUsername(
  pool: UserPool,
  requested: string,
  attributes: Record<string, string>,
): { username: string | undefined; attributes: Record<string, string> } {
  const usernameAttributes = pool.config.UsernameAttributes ?? [];
  if (usernameAttributes.length > 0) {
    const attribute =
      usernameAttributes.includes('email') && looksLikeEmail(requested)
        ? 'email'
        : usernameAttributes.includes('phone_number') && looksLikePhone(requested)
          ? 'phone_number'
          : undefined;
    if (!attribute) {
      const wanted =
        usernameAttributes.length === 2
          ? 'either an email or a phone number'
          : usernameAttributes[0] === 'email'
            ? 'an email'
            : 'a phone number';
      throw new CognitoError('InvalidParameterException', `Username should be ${wanted}.`);
    }
    if (attributes[attribute] !== undefined && attributes[attribute] !== requested) {
      throw new CognitoError('InvalidParameterException', `The ${attribute} attribute must equal the username.`);
    }
    const taken = Object.values(pool.users).some((user) =>
      attribute === 'email'
        ? user.attributes.email?.toLowerCase() === requested.toLowerCase()
        : user.attributes.phone_number === requested,
    );
    if (taken)
      throw new CognitoError('UsernameExistsException', `An account with the given ${attribute} already exists.`);
    return { username: undefined, attributes: { ...attributes, [attribute]: requested } };
  }
  const aliases = pool.config.AliasAttributes ?? [];
  if (aliases.includes('email') && looksLikeEmail(requested)) {
    throw new CognitoError(
      'InvalidParameterException',
      'Username cannot be of email format, since user pool is configured for email alias.',
    );
  }
  if (aliases.includes('phone_number') && looksLikePhone(requested)) {
    throw new CognitoError(
      'InvalidParameterException',
      'Username cannot be of phone number format, since user pool is configured for phone number alias.',
    );
  }
  return { username: requested, attributes };
}
