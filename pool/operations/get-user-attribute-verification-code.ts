import { deliverCode } from '../codes/deliver-code';
import { CognitoError } from '../errors/cognito-error';
import type { Operation } from './operation-context';
import { readString } from './read-input';

/** GetUserAttributeVerificationCode: a VERIFY_ATTRIBUTE code for the user's email or phone_number. */
export const getUserAttributeVerificationCode: Operation = (input, ctx) => {
  const { pool, user } = ctx.tokens.verifyAccessToken(input.AccessToken);
  const attribute = readString(input, 'AttributeName');
  if (attribute !== 'email' && attribute !== 'phone_number') {
    throw new CognitoError('InvalidParameterException', `Attribute ${attribute} cannot be verified.`);
  }
  if (!user.attributes[attribute]) {
    throw new CognitoError('InvalidParameterException', `User does not have a value for the attribute: ${attribute}`);
  }
  const channel = attribute === 'email' ? 'EMAIL' : 'SMS';
  return ctx.store.mutate(() => ({
    CodeDeliveryDetails: deliverCode(ctx, { pool, user, purpose: 'VERIFY_ATTRIBUTE', channel, attribute }).details,
  }));
};
