import { maskDestination } from '../auth-support/mask-destination';
import { readCodeRequest } from '../auth-support/read-code-request';
import { deliverCode } from '../codes/deliver-code';
import { signUpChannel } from '../codes/sign-up-channel';
import { CognitoError } from '../errors/cognito-error';
import type { Operation } from './operation-context';

/**
 * ResendConfirmationCode: a fresh SIGN_UP code for an UNCONFIRMED user (the old one stops working).
 * Confirmed users → InvalidParameterException "User is already confirmed."; unknown users as the client's
 * PreventUserExistenceErrors says (ENABLED: a plausible made-up delivery).
 */
export const resendConfirmationCode: Operation = (input, ctx) => {
  const { pool, username, user } = readCodeRequest(ctx, input);
  if (!user) return { CodeDeliveryDetails: simulatedDelivery(username) };
  if (user.status !== 'UNCONFIRMED') throw new CognitoError('InvalidParameterException', 'User is already confirmed.');
  const channel = signUpChannel(pool, user);
  if (!channel) {
    throw new CognitoError(
      'InvalidParameterException',
      'Auto verification not turned on or no email or phone number to send the code to.',
    );
  }
  return ctx.store.mutate(() => {
    const attribute = channel === 'EMAIL' ? 'email' : 'phone_number';
    return { CodeDeliveryDetails: deliverCode(ctx, { pool, user, purpose: 'SIGN_UP', channel, attribute }).details };
  });
};

/** What Cognito answers for unknown users when it hides their existence (assumed shape: an email delivery). */
export function simulatedDelivery(username: string) {
  const email = username.includes('@') ? username : `${username}@example.com`;
  return {
    Destination: maskDestination({ channel: 'EMAIL', destination: email }),
    DeliveryMedium: 'EMAIL',
    AttributeName: 'email',
  };
}
