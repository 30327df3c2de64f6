import { CognitoError } from '../errors/cognito-error';
import { readOptionalBoolean, readOptionalObject } from '../operations/read-input';
import type { MfaKind, PoolUser, UserPool } from '../state/types';

const SETTINGS: { key: string; kind: MfaKind; flag: 'smsEnabled' | 'totpEnabled' | 'emailEnabled' }[] = [
  { key: 'SMSMfaSettings', kind: 'SMS_MFA', flag: 'smsEnabled' },
  { key: 'SoftwareTokenMfaSettings', kind: 'SOFTWARE_TOKEN_MFA', flag: 'totpEnabled' },
  { key: 'EmailMfaSettings', kind: 'EMAIL_OTP', flag: 'emailEnabled' },
];

/**
 * Applies a (Admin)SetUserMFAPreference input (`SMSMfaSettings`, `SoftwareTokenMfaSettings`, `EmailMfaSettings`,
 * each `{Enabled, PreferredMfa}`) to `user`. Settings left out stay as they were. TOTP needs a verified
 * software token, SMS a phone number, email an email address; at most one method may be preferred, and
 * disabling the preferred one clears the preference.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserMFAPreference.html
 */
export function applyMfaPreference(pool: UserPool, user: PoolUser, input: Record<string, unknown>): void {
  const next = { ...user.mfa };
  const preferred: MfaKind[] = [];
  for (const setting of SETTINGS) {
    const block = readOptionalObject(input, setting.key);
    if (!block) continue;
    const enabled = readOptionalBoolean(block, 'Enabled');
    const prefer = readOptionalBoolean(block, 'PreferredMfa');
    if (enabled === true || prefer === true) requireMethod(pool, user, setting.kind);
    if (enabled !== undefined) next[setting.flag] = enabled;
    if (prefer === true) {
      next[setting.flag] = true;
      preferred.push(setting.kind);
    } else if ((prefer === false || enabled === false) && next.preferred === setting.kind) {
      delete next.preferred;
    }
  }
  if (preferred.length > 1) {
    throw new CognitoError('InvalidParameterException', 'Only one MFA method can be preferred.');
  }
  if (preferred[0]) next.preferred = preferred[0];
  user.mfa = next;
}

function requireMethod(pool: UserPool, user: PoolUser, kind: MfaKind): void {
  if (kind === 'SOFTWARE_TOKEN_MFA' && !user.mfa.totpSecret) {
    throw new CognitoError('InvalidParameterException', 'User has not verified software token mfa');
  }
  if (kind === 'SMS_MFA' && !user.attributes.phone_number) {
    throw new CognitoError('InvalidParameterException', 'User does not have a phone number.');
  }
  if (kind === 'EMAIL_OTP') {
    if (!pool.config.EmailMfaEnabled) {
      throw new CognitoError('InvalidParameterException', 'Email MFA is not enabled for this user pool.');
    }
    if (!user.attributes.email) throw new CognitoError('InvalidParameterException', 'User does not have an email.');
  }
}
