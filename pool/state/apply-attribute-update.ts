import { type CodeDeliveryDetails, deliverCode } from '../codes/deliver-code';
import { CognitoError } from '../errors/cognito-error';
import type { OperationContext } from '../operations/operation-context';
import { claimAliases } from './claim-aliases';
import type { AttributeWriter } from './read-user-attributes';
import type { PoolUser, UserPool } from './types';

const VERIFIABLE = ['email', 'phone_number'] as const;

/**
 * Writes already-validated attributes to `user` as (Admin)UpdateUserAttributes do: a changed email/phone becomes
 * unverified (unless an administrator sets `*_verified` in the same call) and, when the pool auto-verifies it, a
 * VERIFY_ATTRIBUTE code is sent; an empty value removes the attribute. Returns the code deliveries.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserAttributes.html
 */
export function applyAttributeUpdate(
  ctx: Pick<OperationContext, 'clock' | 'random' | 'outbox'>,
  options: { pool: UserPool; user: PoolUser; attributes: Record<string, string>; writer: AttributeWriter },
): CodeDeliveryDetails[] {
  const { pool, user, attributes } = options;
  checkUsernameAttributesFree(pool, user, attributes);
  const before = { ...user.attributes };
  const changed: ('email' | 'phone_number')[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (value === '') delete user.attributes[name];
    else user.attributes[name] = value;
  }
  for (const attribute of VERIFIABLE) {
    const value = user.attributes[attribute];
    if (!(attribute in attributes) || value === before[attribute]) continue;
    if (attributes[`${attribute}_verified`] === undefined) {
      if (value) user.attributes[`${attribute}_verified`] = 'false';
      else delete user.attributes[`${attribute}_verified`];
    }
    if (value && user.attributes[`${attribute}_verified`] !== 'true') changed.push(attribute);
  }
  try {
    claimAliases(pool, user, { force: false });
  } catch (error) {
    user.attributes = before;
    throw error;
  }
  user.updatedAt = ctx.clock.now();
  const deliveries: CodeDeliveryDetails[] = [];
  for (const attribute of changed) {
    if (!pool.config.AutoVerifiedAttributes.includes(attribute)) continue;
    const channel = attribute === 'email' ? 'EMAIL' : 'SMS';
    deliveries.push(deliverCode(ctx, { pool, user, purpose: 'VERIFY_ATTRIBUTE', channel, attribute }).details);
  }
  return deliveries;
}

/** In UsernameAttributes pools the email/phone is a sign-in name and must stay unique. */
function checkUsernameAttributesFree(pool: UserPool, user: PoolUser, attributes: Record<string, string>): void {
  for (const attribute of pool.config.UsernameAttributes ?? []) {
    const value = attributes[attribute];
    if (!value) continue;
    const taken = Object.values(pool.users).some(
      (other) =>
        other !== user &&
        (attribute === 'email'
          ? other.attributes.email?.toLowerCase() === value.toLowerCase()
          : other.attributes.phone_number === value),
    );
    if (taken) throw new CognitoError('AliasExistsException', `An account with the given ${attribute} already exists.`);
  }
}
