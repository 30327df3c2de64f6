import { SidekeyError } from '../errors/sidekey-error';
import type { AuthContext } from './auth-context';
import { getCurrentUser, requireAccessToken } from './get-current-user';
import type { TotpSetupDetails } from './sign-in-types';
import { createTotpSetupDetails } from './totp-setup-details';

/** Amplify's `setUpTOTP`: AssociateSoftwareToken for the signed-in user. */
export async function setUpTOTP(context: AuthContext): Promise<TotpSetupDetails> {
  const accessToken = await requireAccessToken(context);
  const out = await context.call('AssociateSoftwareToken', { AccessToken: accessToken });
  if (!out.SecretCode) throw new SidekeyError({ code: 'SetUpTOTPException', message: 'Cognito returned no secret.' });
  const { username } = await getCurrentUser(context);
  return createTotpSetupDetails({ sharedSecret: out.SecretCode, username });
}

/** Amplify's `verifyTOTPSetup`: VerifySoftwareToken with a code from the new authenticator. */
export async function verifyTOTPSetup(
  context: AuthContext,
  input: { code: string; options?: { friendlyDeviceName?: string } },
): Promise<void> {
  if (!input.code)
    throw new SidekeyError({ code: 'EmptyVerifyTOTPSetupCode', message: 'code is required to verifyTotpSetup' });
  await context.call('VerifySoftwareToken', {
    AccessToken: await requireAccessToken(context),
    UserCode: input.code,
    FriendlyDeviceName: input.options?.friendlyDeviceName,
  });
}
