import { confirmSignIn, fetchDevices, forgetDevice, rememberDevice, signIn, signOut } from 'aws-amplify/auth';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { configureAmplify } from '../support/configure-amplify';
import { startTestPool, type TestPool } from '../support/test-pool';
import { totpNow } from '../support/totp-now';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
let pool: TestPool;

beforeAll(async () => {
  // Amplify names the device from `navigator` before ConfirmDevice; Node 20 has none, and Amplify then skips
  // device confirmation silently. Give it the browser's field.
  vi.stubGlobal('navigator', { userAgent: 'Sidekey pool test (Node)' });
  pool = await startTestPool({
    poolInput: { DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true } },
    mfa: { configuration: 'OPTIONAL', totp: true },
    users: [{ username: 'dev', password: 'Passw0rd!' }],
  });
  const user = pool.pool.store.getPool(pool.poolId).users.dev!;
  Object.assign(user.mfa, { totpSecret: secret, totpEnabled: true, preferred: 'SOFTWARE_TOKEN_MFA' });
  configureAmplify(pool);
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await signOut();
  await pool?.stop();
});

async function signInWithTotp(): Promise<void> {
  await pool.advance(30_000);
  const started = await signIn({ username: 'dev', password: 'Passw0rd!' });
  expect(started.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
  expect((await confirmSignIn({ challengeResponse: totpNow(pool, secret) })).nextStep.signInStep).toBe('DONE');
}

describe('devices with Amplify v6', () => {
  it('confirms a new device but still asks for MFA while it is not remembered', async () => {
    await signInWithTotp();
    const devices = Object.values(pool.pool.store.getPool(pool.poolId).users.dev!.devices);
    expect(devices).toHaveLength(1);
    expect(devices[0]).toMatchObject({
      status: 'not_remembered',
      deviceKey: expect.stringMatching(/^us-east-1_[0-9a-f-]{36}$/),
    });
    expect(devices[0]!.verifier).toMatch(/^[0-9a-f]+$/);
    await signOut();
    await signInWithTotp();
  });

  it('skips MFA through device SRP once the device is remembered', async () => {
    await rememberDevice();
    const listed = await fetchDevices();
    expect(listed).toHaveLength(1);
    await signOut();
    const result = await signIn({ username: 'dev', password: 'Passw0rd!' });
    expect(result.nextStep.signInStep).toBe('DONE');
  });

  it('refuses a forged device claim on the wire', async () => {
    const device = Object.values(pool.pool.store.getPool(pool.poolId).users.dev!.devices)[0]!;
    const started = await pool.call('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'dev', PASSWORD: 'Passw0rd!', DEVICE_KEY: device.deviceKey },
    });
    expect(started.body.ChallengeName).toBe('DEVICE_SRP_AUTH');
    const srp = await pool.call('RespondToAuthChallenge', {
      ClientId: pool.clientId,
      ChallengeName: 'DEVICE_SRP_AUTH',
      Session: started.body.Session,
      ChallengeResponses: { USERNAME: 'dev', SRP_A: 'abcdef12345', DEVICE_KEY: device.deviceKey },
    });
    const parameters = srp.body.ChallengeParameters as Record<string, string>;
    expect(parameters).toMatchObject({ DEVICE_KEY: device.deviceKey, SALT: device.salt });
    const forged = await pool.call('RespondToAuthChallenge', {
      ClientId: pool.clientId,
      ChallengeName: 'DEVICE_PASSWORD_VERIFIER',
      Session: srp.body.Session,
      ChallengeResponses: {
        USERNAME: 'dev',
        DEVICE_KEY: device.deviceKey,
        PASSWORD_CLAIM_SECRET_BLOCK: parameters.SECRET_BLOCK!,
        PASSWORD_CLAIM_SIGNATURE: Buffer.alloc(32).toString('base64'),
        TIMESTAMP: 'Thu Nov 26 11:22:47 UTC 2026',
      },
    });
    expect(forged.body).toEqual({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });

  it('forgets the device, after which the next sign-in asks for MFA again', async () => {
    await forgetDevice();
    expect(await fetchDevices()).toHaveLength(0);
    await signOut();
    await signInWithTotp();
  });

  it('answers an unknown DEVICE_KEY with "Device does not exist."', async () => {
    const started = await pool.call('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: {
        USERNAME: 'dev',
        PASSWORD: 'Passw0rd!',
        DEVICE_KEY: 'us-east-1_00000000-0000-4000-8000-000000000000',
      },
    });
    expect(started.body).toEqual({ __type: 'ResourceNotFoundException', message: 'Device does not exist.' });
  });
});
