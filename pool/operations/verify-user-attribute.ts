import { redeemCode } from '../codes/redeem-code';
import { CognitoError } from '../errors/cognito-error';
import { claimAliases } from '../state/claim-aliases';
import type { Operation } from './operation-context';
import { readString } from './read-input';

/** VerifyUserAttribute: checks the VERIFY_ATTRIBUTE code for that attribute and marks it verified. */
export const verifyUserAttribute: Operation = (input, ctx) => {
  const { pool, user } = ctx.tokens.verifyAccessToken(input.AccessToken);
  const attribute = readString(input, 'AttributeName');
  const code = readString(input, 'Code', { maxLength: 2048 });
  if (attribute !== 'email' && attribute !== 'phone_number') {
    throw new CognitoError('InvalidParameterException', `Attribute ${attribute} cannot be verified.`);
  }
  ctx.store.mutate(() => {
    redeemCode(ctx, { user, purpose: 'VERIFY_ATTRIBUTE', code, attribute });
    const before = { ...user.attributes };
    user.attributes[`${attribute}_verified`] = 'true';
    try {
      claimAliases(pool, user, { force: false });
    } catch (error) {
      user.attributes = before;
      throw error;
    }
    user.updatedAt = ctx.clock.now();
  });
  return {};
};
