import { Secret, TOTP } from 'otpauth';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../../pool/support/test-pool';
import { enableTotpMfa } from './enable-totp-mfa';
import { createPoolAuthClient } from './pool-auth-client';

const pools: TestPool[] = [];
afterAll(async () => {
  for (const pool of pools) await pool.stop();
});

const totp = (pool: TestPool, secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: pool.pool.clock.now() });

describe('remembered devices against the local pool', () => {
  it('confirms the new device, then answers DEVICE_SRP_AUTH instead of MFA; lists, remembers and forgets it', async () => {
    const pool = await startTestPool({
      poolInput: {
        DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true },
      },
      users: [{ username: 'dora', password: 'Passw0rd!' }],
    });
    pools.push(pool);
    await enableTotpMfa(pool, 'OPTIONAL');
    const { auth, storage, sent } = createPoolAuthClient(pool);
    expect((await auth.signIn({ username: 'dora', password: 'Passw0rd!' })).nextStep.signInStep).toBe('DONE');
    const deviceKey = [...storage.entries].find(([key]) => key.endsWith('.dora.deviceKey'))?.[1];
    expect(deviceKey).toMatch(/^us-east-1_/);
    const setup = await auth.setUpTOTP();
    await auth.verifyTOTPSetup({ code: totp(pool, setup.sharedSecret) });
    await auth.updateMFAPreference({ totp: 'PREFERRED' });
    expect(await auth.fetchMFAPreference()).toEqual({ enabled: ['TOTP'], preferred: 'TOTP' });

    const [listed] = await auth.fetchDevices();
    expect(listed).toMatchObject({ id: deviceKey, name: 'Sidekey' });
    await auth.rememberDevice();
    await auth.signOut();
    await pool.advance(30_000);
    // A remembered device: the pool asks DEVICE_SRP_AUTH after the password and skips the TOTP step.
    expect((await auth.signIn({ username: 'dora', password: 'Passw0rd!' })).nextStep.signInStep).toBe('DONE');
    const answered = sent
      .filter((request) => request.operation === 'RespondToAuthChallenge')
      .map((request) => request.body.ChallengeName);
    expect(answered.slice(-3)).toEqual(['PASSWORD_VERIFIER', 'DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER']);
    await auth.signOut();
    expect(
      (await auth.signIn({ username: 'dora', password: 'Passw0rd!', options: { authFlowType: 'USER_PASSWORD_AUTH' } }))
        .nextStep.signInStep,
    ).toBe('DONE');

    await auth.forgetDevice();
    expect([...storage.entries.keys()].some((key) => key.endsWith('.dora.deviceKey'))).toBe(false);
    await auth.signOut();
    await pool.advance(30_000);
    expect((await auth.signIn({ username: 'dora', password: 'Passw0rd!' })).nextStep.signInStep).toBe(
      'CONFIRM_SIGN_IN_WITH_TOTP_CODE',
    );
  });

  it('drops device keys the pool no longer knows and signs in without them', async () => {
    const pool = await startTestPool({
      poolInput: {
        DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false },
      },
      users: [{ username: 'dan', password: 'Passw0rd!' }],
    });
    pools.push(pool);
    const { auth, storage, sent } = createPoolAuthClient(pool);
    await auth.signIn({ username: 'dan', password: 'Passw0rd!', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    const deviceKey = [...storage.entries].find(([key]) => key.endsWith('.dan.deviceKey'))?.[1];
    await auth.signOut();
    await storage.setItem(
      [...storage.entries.keys()].find((key) => key.endsWith('.dan.deviceKey'))!,
      `${deviceKey}-gone`,
    );
    const result = await auth.signIn({
      username: 'dan',
      password: 'Passw0rd!',
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    expect(result.nextStep.signInStep).toBe('DONE');
    const tried = sent.filter((request) => request.operation === 'InitiateAuth').slice(-2);
    expect(tried.map((request) => (request.body.AuthParameters as Record<string, string>).DEVICE_KEY)).toEqual([
      `${deviceKey}-gone`,
      undefined,
    ]);
    const newKey = [...storage.entries].find(([key]) => key.endsWith('.dan.deviceKey'))?.[1];
    expect(newKey).not.toBe(`${deviceKey}-gone`);
  });
});
