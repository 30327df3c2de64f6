import { type AuthMFAType, createTotpSetupDetails, type TotpSetupDetails, toAuthMfaTypes } from './amplify-shapes';
import type { AuthContext } from './auth-context';
import { AuthError } from './auth-error';
import { getCurrentUser, requireAccessToken } from './auth-session';

/* The signed-in user's MFA settings: setting up an authenticator app (TOTP) and choosing the preferred factor. */

/** Amplify's `setUpTOTP`: AssociateSoftwareToken for the signed-in user. */
export async function setUpTOTP(context: AuthContext): Promise<TotpSetupDetails> {
  const accessToken = await requireAccessToken(context);
  const out = await context.call('AssociateSoftwareToken', { AccessToken: accessToken });
  if (!out.SecretCode) throw new AuthError({ code: 'SetUpTOTPException', message: 'Cognito returned no secret.' });
  const { username } = await getCurrentUser(context);
  return createTotpSetupDetails({ sharedSecret: out.SecretCode, username });
}

/** Amplify's `verifyTOTPSetup`: VerifySoftwareToken with a code from the new authenticator. */
export async function verifyTOTPSetup(
  context: AuthContext,
  input: { code: string; options?: { friendlyDeviceName?: string } },
): Promise<void> {
  if (!input.code)
    throw new AuthError({ code: 'EmptyVerifyTOTPSetupCode', message: 'code is required to verifyTotpSetup' });
  await context.call('VerifySoftwareToken', {
    AccessToken: await requireAccessToken(context),
    UserCode: input.code,
    FriendlyDeviceName: input.options?.friendlyDeviceName,
  });
}

/** Amplify's per-factor MFA preference values. */
type MFAPreference = 'ENABLED' | 'DISABLED' | 'PREFERRED' | 'NOT_PREFERRED';

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
