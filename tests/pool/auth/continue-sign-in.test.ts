import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { continueSignIn } from '../../../pool/auth/continue-sign-in';
import type { SignInTarget } from '../../../pool/auth/sign-in-types';
import type { OperationContext } from '../../../pool/operations/operation-context';
import { type RunningPool, startPool } from '../../../pool/start-pool';
import { createAppClient } from '../../../pool/state/create-app-client';
import { createPoolUser } from '../../../pool/state/create-pool-user';
import { createUserPool } from '../../../pool/state/create-user-pool';
import type { MfaConfiguration, UserMfaSettings } from '../../../pool/state/types';

let running: RunningPool;
let ctx: OperationContext;

beforeAll(async () => {
  running = await startPool({ port: 0 });
  ctx = running.context();
});
afterAll(async () => {
  await running?.stop();
});

let counter = 0;
async function target(options: {
  mfa: MfaConfiguration;
  kinds?: { totp?: boolean; sms?: boolean; email?: boolean };
  user?: Partial<UserMfaSettings>;
  status?: 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD';
  devices?: boolean;
}): Promise<SignInTarget> {
  counter += 1;
  const pool = await createUserPool(ctx, { PoolName: `decide-${counter}` });
  Object.assign(pool.config, {
    MfaConfiguration: options.mfa,
    SoftwareTokenMfaEnabled: options.kinds?.totp ?? false,
    SmsMfaEnabled: options.kinds?.sms ?? false,
    EmailMfaEnabled: options.kinds?.email ?? false,
    ...(options.devices
      ? { DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false } }
      : {}),
  });
  const client = createAppClient(ctx, pool, { ClientName: 'c' });
  const user = createPoolUser(ctx, {
    pool,
    username: 'u',
    attributes: { email: 'u@example.com', phone_number: '+15550000009' },
    status: options.status ?? 'CONFIRMED',
  });
  Object.assign(user.mfa, options.user ?? {});
  return { pool, client, user };
}

const totpOn = { totpEnabled: true, totpSecret: 'JBSWY3DPEHPK3PXP' };
const flow = { authFlow: 'USER_SRP_AUTH', firstFactor: 'PASSWORD_SRP' as const };

describe('continueSignIn decides the step after the password', () => {
  it('issues tokens when MFA is OFF, even for a user with TOTP', async () => {
    const result = continueSignIn(ctx, await target({ mfa: 'OFF', kinds: { totp: true }, user: totpOn }), flow);
    expect(result.AuthenticationResult).toBeDefined();
  });

  it('issues tokens when MFA is OPTIONAL and the user has none', async () => {
    expect(
      continueSignIn(ctx, await target({ mfa: 'OPTIONAL', kinds: { totp: true } }), flow).ChallengeName,
    ).toBeUndefined();
  });

  it('asks to set up MFA when it is ON and the user has none, offering the pool kinds but SMS', async () => {
    const result = continueSignIn(
      ctx,
      await target({ mfa: 'ON', kinds: { totp: true, sms: true, email: true } }),
      flow,
    );
    expect(result.ChallengeName).toBe('MFA_SETUP');
    expect(JSON.parse(result.ChallengeParameters.MFAS_CAN_SETUP!)).toEqual(['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);
  });

  it('asks for the only kind, or the preferred one, and lets the user choose otherwise', async () => {
    const only = await target({ mfa: 'OPTIONAL', kinds: { totp: true }, user: totpOn });
    expect(continueSignIn(ctx, only, flow).ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    const both = { totp: true, email: true };
    const preferred = await target({
      mfa: 'OPTIONAL',
      kinds: both,
      user: { ...totpOn, emailEnabled: true, preferred: 'EMAIL_OTP' },
    });
    expect(continueSignIn(ctx, preferred, flow).ChallengeName).toBe('EMAIL_OTP');
    const choose = await target({ mfa: 'ON', kinds: both, user: { ...totpOn, emailEnabled: true } });
    const result = continueSignIn(ctx, choose, flow);
    expect(result.ChallengeName).toBe('SELECT_MFA_TYPE');
    expect(JSON.parse(result.ChallengeParameters.MFAS_CAN_CHOOSE!)).toEqual(['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);
  });

  it('ignores a user kind the pool does not allow', async () => {
    const result = continueSignIn(ctx, await target({ mfa: 'OPTIONAL', kinds: { email: true }, user: totpOn }), flow);
    expect(result.AuthenticationResult).toBeDefined();
  });

  it('asks a FORCE_CHANGE_PASSWORD user for a new password before anything else', async () => {
    const result = continueSignIn(
      ctx,
      await target({ mfa: 'ON', kinds: { totp: true }, status: 'FORCE_CHANGE_PASSWORD' }),
      flow,
    );
    expect(result.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect(JSON.parse(result.ChallengeParameters.userAttributes!)).toEqual({
      email: 'u@example.com',
      phone_number: '+15550000009',
    });
  });

  it('skips MFA after a passwordless first factor', async () => {
    const signIn = await target({ mfa: 'ON', kinds: { totp: true }, user: totpOn });
    expect(
      continueSignIn(ctx, signIn, { authFlow: 'USER_AUTH', firstFactor: 'EMAIL_OTP' }).AuthenticationResult,
    ).toBeDefined();
  });

  it('registers a new device when the pool tracks devices, and none otherwise', async () => {
    const tracked = continueSignIn(ctx, await target({ mfa: 'OFF', devices: true }), flow);
    expect(tracked.AuthenticationResult?.NewDeviceMetadata).toMatchObject({
      DeviceKey: expect.stringMatching(/^us-east-1_[0-9a-f-]{36}$/),
      DeviceGroupKey: expect.stringMatching(/^-[A-Za-z0-9]{9}$/),
    });
    const untracked = continueSignIn(ctx, await target({ mfa: 'OFF' }), flow);
    expect(untracked.AuthenticationResult?.NewDeviceMetadata).toBeUndefined();
  });

  it('answers a remembered device with DEVICE_SRP_AUTH instead of MFA only when the pool allows it, an unknown one with an error', async () => {
    const signIn = await target({ mfa: 'ON', kinds: { totp: true }, user: totpOn, devices: true });
    signIn.user.devices.k1 = {
      deviceKey: 'k1',
      deviceGroupKey: '-g',
      salt: 'aa',
      verifier: 'bb',
      status: 'remembered',
      createdAt: 0,
      updatedAt: 0,
    };
    expect(continueSignIn(ctx, signIn, { ...flow, deviceKey: 'k1' }).ChallengeName).toBe('DEVICE_SRP_AUTH');
    signIn.user.devices.k1!.status = 'not_remembered';
    expect(continueSignIn(ctx, signIn, { ...flow, deviceKey: 'k1' }).ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    expect(() => continueSignIn(ctx, signIn, { ...flow, deviceKey: 'gone' })).toThrow('Device does not exist.');
    signIn.user.devices.k1!.status = 'remembered';
    signIn.pool.config.DeviceConfiguration!.ChallengeRequiredOnNewDevice = false;
    expect(continueSignIn(ctx, signIn, { ...flow, deviceKey: 'k1' }).ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
  });
});
