import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../support/test-pool';

let pool: TestPool;

beforeAll(async () => {
  pool = await startTestPool({
    poolInput: {
      DeviceConfiguration: { ChallengeRequiredOnNewDevice: false, DeviceOnlyRememberedOnUserPrompt: false },
    },
    users: [{ username: 'dana', password: 'Passw0rd!' }],
  });
});
afterAll(async () => {
  await pool?.stop();
});

async function signInOnNewDevice(): Promise<{ accessToken: string; deviceKey: string }> {
  const signIn = await pool.call('InitiateAuth', {
    ClientId: pool.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: 'dana', PASSWORD: 'Passw0rd!' },
  });
  const result = signIn.body.AuthenticationResult as { AccessToken: string; NewDeviceMetadata: { DeviceKey: string } };
  return { accessToken: result.AccessToken, deviceKey: result.NewDeviceMetadata.DeviceKey };
}

function confirm(accessToken: string, deviceKey: string, name: string) {
  return pool.call('ConfirmDevice', {
    AccessToken: accessToken,
    DeviceKey: deviceKey,
    DeviceName: name,
    DeviceSecretVerifierConfig: { Salt: 'AKCho6Sl', PasswordVerifier: 'AQIDBAUGBwg=' },
  });
}

describe('device operations on the wire', () => {
  it('remembers a confirmed device at once when the pool does not wait for the user', async () => {
    const { accessToken, deviceKey } = await signInOnNewDevice();
    expect((await confirm(accessToken, deviceKey, 'first')).body).toEqual({ UserConfirmationNecessary: false });
    const got = await pool.call('GetDevice', { AccessToken: accessToken, DeviceKey: deviceKey });
    expect(got.body.Device).toMatchObject({
      DeviceKey: deviceKey,
      DeviceAttributes: expect.arrayContaining([
        { Name: 'device_name', Value: 'first' },
        { Name: 'dev:device_remembered_status', Value: 'remembered' },
      ]),
    });
  });

  it('lists confirmed devices only, in pages', async () => {
    const second = await signInOnNewDevice();
    await confirm(second.accessToken, second.deviceKey, 'second');
    await signInOnNewDevice();
    const page = await pool.call('ListDevices', { AccessToken: second.accessToken, Limit: 1 });
    expect(page.body.Devices).toHaveLength(1);
    const rest = await pool.call('ListDevices', {
      AccessToken: second.accessToken,
      Limit: 1,
      PaginationToken: page.body.PaginationToken,
    });
    expect(rest.body.Devices).toHaveLength(1);
    expect(rest.body.PaginationToken).toBeUndefined();
    const all = await pool.call('ListDevices', { AccessToken: second.accessToken });
    expect((all.body.Devices as unknown[]).length).toBe(2);
  });

  it('refuses a bad verifier config, an unknown device and another user’s token', async () => {
    const { accessToken, deviceKey } = await signInOnNewDevice();
    const bad = await pool.call('ConfirmDevice', {
      AccessToken: accessToken,
      DeviceKey: deviceKey,
      DeviceSecretVerifierConfig: { Salt: 'not base64!', PasswordVerifier: 'AQID' },
    });
    expect(bad.body.__type).toBe('InvalidParameterException');
    for (const operation of ['GetDevice', 'UpdateDeviceStatus', 'ForgetDevice']) {
      const reply = await pool.call(operation, { AccessToken: accessToken, DeviceKey: 'us-east-1_unknown' });
      expect(reply.body).toEqual({ __type: 'ResourceNotFoundException', message: 'Device does not exist.' });
    }
    const forged = await pool.call('ListDevices', { AccessToken: `${accessToken.slice(0, -4)}AAAA` });
    expect(forged.body.__type).toBe('NotAuthorizedException');
  });

  it('forgets a device and marks one not remembered', async () => {
    const { accessToken, deviceKey } = await signInOnNewDevice();
    await confirm(accessToken, deviceKey, 'third');
    const update = await pool.call('UpdateDeviceStatus', {
      AccessToken: accessToken,
      DeviceKey: deviceKey,
      DeviceRememberedStatus: 'not_remembered',
    });
    expect(update.status).toBe(200);
    expect(pool.pool.store.getPool(pool.poolId).users.dana!.devices[deviceKey]!.status).toBe('not_remembered');
    expect((await pool.call('ForgetDevice', { AccessToken: accessToken, DeviceKey: deviceKey })).status).toBe(200);
    const gone = await pool.call('GetDevice', { AccessToken: accessToken, DeviceKey: deviceKey });
    expect(gone.body.__type).toBe('ResourceNotFoundException');
  });
});
