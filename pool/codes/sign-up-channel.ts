import type { DeliveryMedium, PoolUser, UserPool } from '../state/types';

/**
 * Where a sign-up confirmation code goes: to the auto-verified attributes the user has; SMS wins when both
 * email and phone are auto-verified (docs/assumed-aws-behaviours.md). Undefined when nothing is auto-verified,
 * in which case Cognito sends no code and only an administrator can confirm the user.
 */
export function signUpChannel(pool: UserPool, user: PoolUser): DeliveryMedium | undefined {
  const auto = pool.config.AutoVerifiedAttributes;
  if (auto.includes('phone_number') && user.attributes.phone_number) return 'SMS';
  if (auto.includes('email') && user.attributes.email) return 'EMAIL';
  return undefined;
}
