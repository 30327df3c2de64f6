import { SetUserPoolMfaConfigCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { TestPool } from '../../pool/support/test-pool';

/** Turns MFA on for the pool with TOTP (and email or SMS MFA when asked), through SetUserPoolMfaConfig. */
export async function enableTotpMfa(
  pool: TestPool,
  mode: 'ON' | 'OPTIONAL',
  options: { email?: boolean; sms?: boolean } = {},
): Promise<void> {
  await pool.sdk.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: pool.poolId,
      MfaConfiguration: mode,
      SoftwareTokenMfaConfiguration: { Enabled: true },
      ...(options.email ? { EmailMfaConfiguration: { Message: 'Your code is {####}', Subject: 'Code' } } : {}),
      ...(options.sms ? { SmsMfaConfiguration: { SmsAuthenticationMessage: 'Your code is {####}' } } : {}),
    }),
  );
}
