import { maskDestination } from '../auth-support/mask-destination';
import { CognitoError } from '../errors/cognito-error';
import type { OperationContext } from '../operations/operation-context';
import type { CodePurpose, DeliveryMedium, PoolUser, UserPool } from '../state/types';
import { issueCode } from './issue-code';

/** Cognito's `CodeDeliveryDetailsType`. */
export interface CodeDeliveryDetails {
  Destination: string;
  DeliveryMedium: DeliveryMedium;
  AttributeName: 'email' | 'phone_number';
}

/**
 * Issues a one-time code for `purpose` and "sends" it to the user's email or phone through the outbox.
 * Returns the code and Cognito's CodeDeliveryDetails with the destination masked. The caller marks the store
 * changed.
 */
export function deliverCode(
  ctx: Pick<OperationContext, 'clock' | 'random' | 'outbox'>,
  options: {
    pool: UserPool;
    user: PoolUser;
    purpose: CodePurpose;
    channel: DeliveryMedium;
    /** Stored with the code (VERIFY_ATTRIBUTE); defaults to the channel's attribute. */
    attribute?: string;
    ttlMs?: number;
    digits?: number;
  },
): { code: string; details: CodeDeliveryDetails } {
  const attributeName = options.channel === 'EMAIL' ? 'email' : 'phone_number';
  const destination = options.user.attributes[attributeName];
  if (!destination) {
    throw new CognitoError('InvalidParameterException', `The user has no ${attributeName} to send a code to.`);
  }
  const code = issueCode(ctx, {
    user: options.user,
    purpose: options.purpose,
    ...(options.attribute ? { attribute: options.attribute } : {}),
    ...(options.ttlMs !== undefined ? { ttlMs: options.ttlMs } : {}),
    ...(options.digits !== undefined ? { digits: options.digits } : {}),
  });
  ctx.outbox.send({
    userPoolId: options.pool.Id,
    username: options.user.Username,
    channel: options.channel,
    destination,
    code,
    purpose: options.purpose,
    sentAt: ctx.clock.now(),
  });
  return {
    code,
    details: {
      Destination: maskDestination({ channel: options.channel, destination }),
      DeliveryMedium: options.channel,
      AttributeName: attributeName,
    },
  };
}
