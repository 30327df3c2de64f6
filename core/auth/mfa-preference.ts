import type { AuthContext } from './auth-context';
import { requireAccessToken } from './get-current-user';
import { toAuthMfaTypes } from './mfa-type-names';
import type { AuthMFAType } from './sign-in-types';

/** Amplify's per-factor MFA preference values. */
export type MFAPreference = 'ENABLED' | 'DISABLED' | 'PREFERRED' | 'NOT_PREFERRED';

const SETTINGS: Record<MFAPreference, { Enabled: boolean; PreferredMfa?: boolean }> = {
  ENABLED: { Enabled: true },
  DISABLED: { Enabled: false },
  PREFERRED: { Enabled: true, PreferredMfa: true },
  NOT_PREFERRED: { Enabled: true, PreferredMfa: false },
};

/** Amplify's `updateMFAPreference`: SetUserMFAPreference for the factors given (AWS API reference). */
export async function updateMFAPreference(
  context: AuthContext,
  input: { sms?: MFAPreference; totp?: MFAPreference; email?: MFAPreference },
): Promise<void> {
  await context.call('SetUserMFAPreference', {
    AccessToken: await requireAccessToken(context),
    SMSMfaSettings: input.sms && SETTINGS[input.sms],
    SoftwareTokenMfaSettings: input.totp && SETTINGS[input.totp],
    EmailMfaSettings: input.email && SETTINGS[input.email],
  });
}

/** Amplify's `fetchMFAPreference`: GetUser's MFA list and preferred factor in Amplify's names. */
export async function fetchMFAPreference(
  context: AuthContext,
): Promise<{ enabled?: AuthMFAType[]; preferred?: AuthMFAType }> {
  const out = await context.call('GetUser', {
    AccessToken: await requireAccessToken(context),
  });
  const enabled = out.UserMFASettingList ? toAuthMfaTypes(out.UserMFASettingList) : undefined;
  const preferred = out.PreferredMfaSetting ? toAuthMfaTypes([out.PreferredMfaSetting])[0] : undefined;
  return { enabled, preferred };
}
