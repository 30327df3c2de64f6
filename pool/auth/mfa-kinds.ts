import type { MfaKind, PoolUser, UserPool } from '../state/types';

/** MFA kinds the pool allows, in Cognito's order. */
export function poolMfaKinds(pool: UserPool): MfaKind[] {
  const kinds: MfaKind[] = [];
  if (pool.config.SmsMfaEnabled) kinds.push('SMS_MFA');
  if (pool.config.SoftwareTokenMfaEnabled) kinds.push('SOFTWARE_TOKEN_MFA');
  if (pool.config.EmailMfaEnabled) kinds.push('EMAIL_OTP');
  return kinds;
}

/** MFA kinds the user has turned on and can receive, among those the pool allows. */
export function userMfaKinds(pool: UserPool, user: PoolUser): MfaKind[] {
  return poolMfaKinds(pool).filter((kind) => {
    if (kind === 'SMS_MFA') return user.mfa.smsEnabled && Boolean(user.attributes.phone_number);
    if (kind === 'SOFTWARE_TOKEN_MFA') return user.mfa.totpEnabled && Boolean(user.mfa.totpSecret);
    return user.mfa.emailEnabled && Boolean(user.attributes.email);
  });
}
