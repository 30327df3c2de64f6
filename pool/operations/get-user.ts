import type { Operation } from './operation-context';
import { userAttributeList } from './user-attribute-list';
import { userMfaOutput } from './user-mfa-output';

/** GetUser with an access token: username, attributes and MFA settings. */
export const getUser: Operation = (input, ctx) => {
  const { user } = ctx.tokens.verifyAccessToken(input.AccessToken);
  return { Username: user.Username, UserAttributes: userAttributeList(user), ...userMfaOutput(user) };
};
