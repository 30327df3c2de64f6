import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../../../core/messages/create-router';
import { createFactorPreferences } from '../../../../core/preferences/create-factor-preferences';
import { createEngineRegistry } from '../../../../core/profiles/create-engine-registry';
import { createProfileStore } from '../../../../core/profiles/create-profile-store';
import { accountSettingsHandlers } from '../../../../core/profiles/handlers/account-settings-handlers';
import { authHandlers } from '../../../../core/profiles/handlers/auth-handlers';
import { profileHandlers } from '../../../../core/profiles/handlers/profile-handlers';
import { startTestPool, type TestPool } from '../../../pool/support/test-pool';
import { totpNow } from '../../../pool/support/totp-now';
import { enableTotpMfa } from '../../auth/enable-totp-mfa';
import { createMemoryStorage } from '../../auth/memory-storage';
import { extensionId, extensionOrigin, popup } from '../../messages/extension-senders';
import { memoryArea } from '../../storage/memory-area';

const contentScript = { id: extensionId, url: 'http://localhost:5173/', tab: { id: 3 } };

let pool: TestPool;
beforeAll(async () => {
  pool = await startTestPool({
    poolInput: {
      DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true },
    },
    users: [
      { username: 'sam', password: 'Passw0rd-sam' },
      { username: 'pam', password: 'Passw0rd-pam' },
    ],
  });
  await enableTotpMfa(pool, 'OPTIONAL');
});
afterAll(() => pool.stop());

type Reply = { ok: true; data: never } | { ok: false; code: string; message: string; field?: string };

/** A worker with the profile, auth and account settings handlers over in-memory storage, the pool added. */
async function startWorker() {
  const storage = createMemoryStorage();
  const profiles = createProfileStore({ area: memoryArea(), now: () => Date.now(), newId: () => 'demo' });
  const engines = createEngineRegistry({ profiles, platform: { storageFor: () => storage } });
  const route = createRouter({
    extensionId,
    extensionOrigin,
    context: { profiles, engines, preferences: createFactorPreferences({ area: memoryArea(), now: () => Date.now() }) },
    handlers: { ...profileHandlers, ...authHandlers, ...accountSettingsHandlers },
  });
  const send = (type: string, input?: unknown, sender: object = popup) =>
    route({ type, input }, sender as never) as Promise<Reply>;
  const added = await send('profiles.add', {
    label: 'Local pool',
    userPoolId: pool.poolId,
    userPoolClientId: pool.clientId,
    userPoolEndpoint: pool.url,
  });
  expect(added.ok).toBe(true);
  return send;
}

async function signIn(send: Awaited<ReturnType<typeof startWorker>>, username: string, password: string) {
  return send('auth.signIn', { profileId: 'demo', username, password });
}

describe('the account settings requests against the local pool', () => {
  it('sets up TOTP, turns it on as preferred, and then asks for its code at the next sign-in', async () => {
    const send = await startWorker();
    expect(await signIn(send, 'sam', 'Passw0rd-sam')).toMatchObject({ ok: true, data: { isSignedIn: true } });
    expect(await send('auth.fetchMFAPreference', { profileId: 'demo' })).toEqual({ ok: true, data: { enabled: [] } });

    const setup = await send('auth.setUpTOTP', { profileId: 'demo' });
    const { sharedSecret, setupUri, username } = (setup as { data: Record<string, string> }).data;
    expect(username).toBe('sam');
    expect(setupUri).toBe(`otpauth://totp/Local%20pool:sam?secret=${sharedSecret}&issuer=Local%20pool`);
    expect(await send('auth.verifyTOTPSetup', { profileId: 'demo', code: '' })).toMatchObject({
      ok: false,
      code: 'EmptyVerifyTOTPSetupCode',
      field: 'code',
    });
    const code = totpNow(pool, sharedSecret!);
    const wrong = code === '000000' ? '111111' : '000000';
    expect(await send('auth.verifyTOTPSetup', { profileId: 'demo', code: wrong })).toMatchObject({
      ok: false,
      code: 'EnableSoftwareTokenMFAException',
      field: 'code',
    });
    expect(await send('auth.verifyTOTPSetup', { profileId: 'demo', code, friendlyDeviceName: 'Sidekey' })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await send('auth.updateMFAPreference', { profileId: 'demo', totp: 'PREFERRED' })).toMatchObject({
      ok: true,
    });
    expect(await send('auth.fetchMFAPreference', { profileId: 'demo' })).toEqual({
      ok: true,
      data: { enabled: ['TOTP'], preferred: 'TOTP' },
    });

    await send('auth.forgetDevice', { profileId: 'demo', deviceId: await currentDevice(send) });
    await send('auth.signOut', { profileId: 'demo' });
    await pool.advance(30_000);
    expect(await signIn(send, 'sam', 'Passw0rd-sam')).toMatchObject({
      ok: true,
      data: { nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } },
    });
    expect(
      await send('auth.confirmSignIn', { profileId: 'demo', challengeResponse: totpNow(pool, sharedSecret!) }),
    ).toMatchObject({ ok: true, data: { isSignedIn: true } });

    expect(await send('auth.updateMFAPreference', { profileId: 'demo', totp: 'DISABLED' })).toMatchObject({ ok: true });
    expect(await send('auth.fetchMFAPreference', { profileId: 'demo' })).toEqual({ ok: true, data: { enabled: [] } });
  });

  it('lists the devices with names and use, marks one not remembered and remembered, and forgets it', async () => {
    const send = await startWorker();
    await signIn(send, 'pam', 'Passw0rd-pam');
    const listed = (await send('auth.fetchDevices', { profileId: 'demo' })) as {
      ok: true;
      data: Array<Record<string, unknown>>;
    };
    expect(listed.data).toHaveLength(1);
    const device = listed.data[0]!;
    expect(device).toMatchObject({ name: 'Sidekey', remembered: false, current: true });
    expect(typeof device.createdAt).toBe('number');
    const id = device.id as string;

    expect(await send('auth.updateDeviceStatus', { profileId: 'demo', deviceId: id, remembered: true })).toMatchObject({
      ok: true,
    });
    expect(await send('auth.fetchDevices', { profileId: 'demo' })).toMatchObject({ data: [{ id, remembered: true }] });
    await send('auth.updateDeviceStatus', { profileId: 'demo', deviceId: id, remembered: false });
    expect(await send('auth.fetchDevices', { profileId: 'demo' })).toMatchObject({ data: [{ id, remembered: false }] });

    expect(await send('auth.forgetDevice', { profileId: 'demo', deviceId: id })).toMatchObject({ ok: true });
    expect(await send('auth.fetchDevices', { profileId: 'demo' })).toEqual({ ok: true, data: [] });
    expect(await send('auth.forgetDevice', { profileId: 'demo', deviceId: id })).toMatchObject({
      ok: false,
      code: 'ResourceNotFoundException',
    });
  });

  it('changes the password only with the right old one and a new one the policy accepts', async () => {
    const send = await startWorker();
    await pool.addUser({ username: 'cass', password: 'Old-pass-123' });
    await signIn(send, 'cass', 'Old-pass-123');
    const change = (oldPassword: string, newPassword: string) =>
      send('auth.updatePassword', { profileId: 'demo', oldPassword, newPassword });
    expect(await change('Wrong-pass-123', 'New-pass-456')).toMatchObject({
      ok: false,
      code: 'NotAuthorizedException',
      field: 'oldPassword',
    });
    expect(await change('Old-pass-123', 'short')).toMatchObject({
      ok: false,
      code: 'InvalidPasswordException',
      field: 'newPassword',
    });
    expect(await change('Old-pass-123', 'New-pass-456')).toEqual({ ok: true, data: undefined });
    await send('auth.signOut', { profileId: 'demo' });
    expect(await signIn(send, 'cass', 'Old-pass-123')).toMatchObject({ ok: false, code: 'NotAuthorizedException' });
    expect(await signIn(send, 'cass', 'New-pass-456')).toMatchObject({ ok: true });
  });

  it('answers nobody signed in with UserUnAuthenticatedException, and refuses content scripts and bad input', async () => {
    const send = await startWorker();
    expect(await send('auth.fetchDevices', { profileId: 'demo' })).toMatchObject({
      ok: false,
      code: 'UserUnAuthenticatedException',
    });
    expect(await send('auth.fetchMFAPreference', { profileId: 'demo' }, contentScript)).toMatchObject({ ok: false });
    expect(await send('auth.updateMFAPreference', { profileId: 'demo', totp: 'ALWAYS' })).toMatchObject({
      ok: false,
      code: 'BadMessage',
    });
    expect(
      await send('auth.updateDeviceStatus', { profileId: 'demo', deviceId: 'x', remembered: 'yes' }),
    ).toMatchObject({ ok: false, code: 'BadMessage' });
    expect(await send('auth.signInWithRedirect', { profileId: 'demo', provider: 'MySpace' })).toMatchObject({
      ok: false,
      code: 'BadMessage',
    });
  });
});

async function currentDevice(send: Awaited<ReturnType<typeof startWorker>>): Promise<string> {
  const listed = (await send('auth.fetchDevices', { profileId: 'demo' })) as {
    data: Array<{ id: string; current: boolean }>;
  };
  return listed.data.find((device) => device.current)!.id;
}
