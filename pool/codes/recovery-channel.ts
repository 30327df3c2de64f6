import { CognitoError } from '../errors/cognito-error';
import type { DeliveryMedium, PoolUser, UserPool } from '../state/types';

/**
 * Where ForgotPassword/AdminResetUserPassword send the code: by the pool's AccountRecoverySetting priorities
 * when set (then never by SMS to a user with SMS MFA), else a verified phone before a verified email
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-recover-a-user-account.html).
 * Neither verified → InvalidParameterException as Cognito answers.
 */
export function recoveryChannel(pool: UserPool, user: PoolUser): DeliveryMedium {
  const configured = pool.config.AccountRecoverySetting?.RecoveryMechanisms;
  const mechanisms = configured ?? [
    { Name: 'verified_phone_number', Priority: 1 },
    { Name: 'verified_email', Priority: 2 },
  ];
  const ordered = [...mechanisms].sort((a, b) => a.Priority - b.Priority);
  for (const mechanism of ordered) {
    if (mechanism.Name === 'admin_only') {
      throw new CognitoError('NotAuthorizedException', 'Only an administrator can reset the password for this user.');
    }
    const smsBlocked = configured !== undefined && user.mfa.smsEnabled;
    if (mechanism.Name === 'verified_phone_number' && verified(user, 'phone_number') && !smsBlocked) return 'SMS';
    if (mechanism.Name === 'verified_email' && verified(user, 'email')) return 'EMAIL';
  }
  throw new CognitoError(
    'InvalidParameterException',
    'Cannot reset password for the user as there is no registered/verified email or phone_number',
  );
}

function verified(user: PoolUser, attribute: 'email' | 'phone_number'): boolean {
  return Boolean(user.attributes[attribute]) && user.attributes[`${attribute}_verified`] === 'true';
}
