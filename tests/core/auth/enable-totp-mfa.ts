import { SetUserPoolMfaConfigCommand } from '@aws-sdk/client-cognito-identity-provider';
import { operations } from '../../../pool/operations/registry';
import type { TestPool } from '../../pool/support/test-pool';

/** Turns TOTP MFA on for the pool: SetUserPoolMfaConfig when the pool serves it, else straight into its store. */
export async function enableTotpMfa(pool: TestPool, mode: 'ON' | 'OPTIONAL'): Promise<void> {
  if (Object.hasOwn(operations, 'SetUserPoolMfaConfig')) {
    await pool.sdk.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: pool.poolId,
        MfaConfiguration: mode,
        SoftwareTokenMfaConfiguration: { Enabled: true },
      }),
    );
    return;
  }
  const { store } = pool.pool;
  const record = store.getPool(pool.poolId);
  store.mutate(() => {
    record.config = { ...record.config, MfaConfiguration: mode, SoftwareTokenMfaEnabled: true };
  });
}
