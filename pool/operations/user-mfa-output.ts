import type { PoolUser } from '../state/types';

/** `PreferredMfaSetting` and `UserMFASettingList` as AdminGetUser and GetUser return them (absent when none). */
export function userMfaOutput(user: PoolUser): { PreferredMfaSetting?: string; UserMFASettingList?: string[] } {
  const list = [
    ...(user.mfa.smsEnabled ? ['SMS_MFA'] : []),
    ...(user.mfa.totpEnabled ? ['SOFTWARE_TOKEN_MFA'] : []),
    ...(user.mfa.emailEnabled ? ['EMAIL_OTP'] : []),
  ];
  return {
    ...(user.mfa.preferred ? { PreferredMfaSetting: user.mfa.preferred } : {}),
    ...(list.length > 0 ? { UserMFASettingList: list } : {}),
  };
}
