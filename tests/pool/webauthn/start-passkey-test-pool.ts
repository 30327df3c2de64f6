import { SetUserPoolMfaConfigCommand } from '@aws-sdk/client-cognito-identity-provider';
import { startTestPool, type TestPool } from '../support/test-pool';

/**
 * A test pool that offers passkeys as a first factor (relying party localhost, user verification required), with
 * pia, who has a password and no passkey yet.
 */
export async function startPasskeyTestPool(): Promise<TestPool> {
  const pool = await startTestPool({
    poolInput: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'] } } },
    users: [{ username: 'pia', password: 'Passw0rd!', attributes: { email: 'pia@example.com' } }],
  });
  await pool.sdk.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: pool.poolId,
      MfaConfiguration: 'OFF',
      WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'required' },
    }),
  );
  return pool;
}
