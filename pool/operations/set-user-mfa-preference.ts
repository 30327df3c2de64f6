import { CognitoError } from '../errors/cognito-error';
import type { MfaKind, PoolUser } from '../state/types';
import type { Operation } from './operation-context';
import { readOptionalObject, readString } from './read-input';

type Settings = { Enabled?: unknown; PreferredMfa?: unknown };

const kinds: { key: string; kind: MfaKind; flag: 'smsEnabled' | 'totpEnabled' | 'emailEnabled' }[] = [
  { key: 'SMSMfaSettings', kind: 'SMS_MFA', flag: 'smsEnabled' },
  { key: 'SoftwareTokenMfaSettings', kind: 'SOFTWARE_TOKEN_MFA', flag: 'totpEnabled' },
  { key: 'EmailMfaSettings', kind: 'EMAIL_OTP', flag: 'emailEnabled' },
];

function refuseUnusable(user: PoolUser, kind: MfaKind): void {
  if (kind === 'SOFTWARE_TOKEN_MFA' && !user.mfa.totpSecret) {
    throw new CognitoError('InvalidParameterException', 'User has not verified software token mfa');
  }
  if (kind === 'SMS_MFA' && !user.attributes.phone_number) {
    throw new CognitoError('InvalidParameterException', 'User does not have delivery config set to turn on SMS_MFA');
  }
  if (kind === 'EMAIL_OTP' && !user.attributes.email) {
    throw new CognitoError('InvalidParameterException', 'User does not have delivery config set to turn on EMAIL_OTP');
  }
}

/**
 * SetUserMFAPreference
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserMFAPreference.html):
 * turns SMS, TOTP and email MFA on or off for the signed-in user and sets the preferred one. A kind can only be
 * turned on once the user can receive it (a verified software token, a phone number, an email address).
 */
export const setUserMfaPreference: Operation = (input, ctx) => {
  const { user } = ctx.tokens.verifyAccessToken(readString(input, 'AccessToken', { maxLength: 8192 }));
  for (const { key, kind, flag } of kinds) {
    const settings = readOptionalObject(input, key) as Settings | undefined;
    if (!settings) continue;
    if (settings.Enabled === true) {
      refuseUnusable(user, kind);
      user.mfa[flag] = true;
    } else if (settings.Enabled === false) {
      user.mfa[flag] = false;
      if (user.mfa.preferred === kind) delete user.mfa.preferred;
    }
    if (settings.PreferredMfa === true) {
      if (!user.mfa[flag])
        throw new CognitoError('InvalidParameterException', `${kind} must be enabled to be preferred`);
      user.mfa.preferred = kind;
    } else if (settings.PreferredMfa === false && user.mfa.preferred === kind) {
      delete user.mfa.preferred;
    }
  }
  user.updatedAt = ctx.clock.now();
  ctx.store.changed();
  return {};
};
