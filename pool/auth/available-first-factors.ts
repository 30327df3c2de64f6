import type { PoolUser, UserPool } from '../state/types';
import { isWebAuthnEnabled } from '../webauthn/require-webauthn-enabled';

/**
 * USER_AUTH first factors this user can use: the pool's `AllowedFirstAuthFactors` limited to what the user has —
 * a password (PASSWORD and PASSWORD_SRP), a verified email (EMAIL_OTP), a verified phone (SMS_OTP), a passkey
 * (WEB_AUTHN, only while passkeys are enabled: the factor is allowed and the tier is not Lite).
 * https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html
 */
export function availableFirstFactors(pool: UserPool, user: PoolUser): string[] {
  const allowed = new Set<string>(pool.config.Policies.SignInPolicy.AllowedFirstAuthFactors);
  const factors: string[] = [];
  if (allowed.has('PASSWORD') && user.password) factors.push('PASSWORD', 'PASSWORD_SRP');
  if (allowed.has('EMAIL_OTP') && user.attributes.email && user.attributes.email_verified === 'true') {
    factors.push('EMAIL_OTP');
  }
  if (allowed.has('SMS_OTP') && user.attributes.phone_number && user.attributes.phone_number_verified === 'true') {
    factors.push('SMS_OTP');
  }
  if (isWebAuthnEnabled(pool) && user.webAuthnCredentials.length > 0) factors.push('WEB_AUTHN');
  return factors;
}
