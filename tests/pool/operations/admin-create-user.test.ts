import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInWithPassword } from '../support/create-user';
import { type SdkPool, startSdkPool } from '../support/sdk-pool';

let t: SdkPool;

beforeAll(async () => {
  t = await startSdkPool();
});
afterAll(() => t.stop());

describe('AdminCreateUser', () => {
  it('creates a FORCE_CHANGE_PASSWORD user and emails the temporary password when asked to', async () => {
    const answer = await t.sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: t.poolId,
        Username: 'jane',
        TemporaryPassword: 'Temp-pass-123!',
        DesiredDeliveryMediums: ['EMAIL'],
        UserAttributes: [{ Name: 'email', Value: 'jane@example.com' }],
      }),
    );
    expect(answer.User).toMatchObject({ Username: 'jane', UserStatus: 'FORCE_CHANGE_PASSWORD', Enabled: true });
    expect(answer.User?.UserCreateDate).toBeInstanceOf(Date);
    expect((await t.outbox()).at(-1)).toMatchObject({
      username: 'jane',
      channel: 'EMAIL',
      destination: 'jane@example.com',
      code: 'Temp-pass-123!',
      purpose: 'ADMIN_CREATE_USER',
    });
    const signIn = await t.sdk.send(
      new InitiateAuthCommand({
        ClientId: t.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: 'jane', PASSWORD: 'Temp-pass-123!' },
      }),
    );
    expect(signIn.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
  });

  it('sends nothing with MessageAction SUPPRESS and refuses the same username again', async () => {
    const before = (await t.outbox()).length;
    const input = { UserPoolId: t.poolId, Username: 'kim', MessageAction: 'SUPPRESS' as const };
    await t.sdk.send(new AdminCreateUserCommand(input));
    expect((await t.outbox()).length).toBe(before);
    await expect(t.sdk.send(new AdminCreateUserCommand(input))).rejects.toMatchObject({
      name: 'UsernameExistsException',
      message: 'User account already exists',
    });
  });

  it('resends the invitation with RESEND, and refuses RESEND for a confirmed user', async () => {
    await t.sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: t.poolId,
        Username: 'lee',
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'phone_number', Value: '+15550009999' }],
      }),
    );
    await t.sdk.send(new AdminCreateUserCommand({ UserPoolId: t.poolId, Username: 'lee', MessageAction: 'RESEND' }));
    const invitation = (await t.outbox()).at(-1);
    expect(invitation).toMatchObject({ username: 'lee', channel: 'SMS', purpose: 'ADMIN_CREATE_USER' });
    await t.sdk.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: t.poolId,
        Username: 'lee',
        Password: 'Perm-pass-123!',
        Permanent: true,
      }),
    );
    await expect(
      t.sdk.send(new AdminCreateUserCommand({ UserPoolId: t.poolId, Username: 'lee', MessageAction: 'RESEND' })),
    ).rejects.toMatchObject({ name: 'UnsupportedUserStateException' });
  });

  it('refuses a temporary password that breaks the policy and creates nobody', async () => {
    await expect(
      t.sdk.send(
        new AdminCreateUserCommand({
          UserPoolId: t.poolId,
          Username: 'weak',
          TemporaryPassword: 'weak',
          MessageAction: 'SUPPRESS',
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidPasswordException' });
    await expect(t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: 'weak' }))).rejects.toMatchObject(
      {
        name: 'UserNotFoundException',
        message: 'User does not exist.',
      },
    );
  });

  it('stores a user named __proto__ like any other', async () => {
    await t.sdk.send(
      new AdminCreateUserCommand({ UserPoolId: t.poolId, Username: '__proto__', MessageAction: 'SUPPRESS' }),
    );
    const user = await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: '__proto__' }));
    expect(user.Username).toBe('__proto__');
    expect(Object.keys(JSON.parse(JSON.stringify(t.pool.store.state)).pools[t.poolId].users)).toContain('__proto__');
    await t.sdk.send(new AdminDeleteUserCommand({ UserPoolId: t.poolId, Username: '__proto__' }));
    await expect(
      t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: '__proto__' })),
    ).rejects.toMatchObject({ name: 'UserNotFoundException' });
  });

  it('refuses an unknown pool with ResourceNotFoundException', async () => {
    await expect(
      t.sdk.send(new AdminCreateUserCommand({ UserPoolId: 'us-east-1_nopenope1', Username: 'x' })),
    ).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'User pool us-east-1_nopenope1 does not exist.',
    });
  });
});

describe('AdminSetUserPassword, AdminGetUser, AdminDisableUser, AdminEnableUser, AdminDeleteUser', () => {
  it('makes a permanent password confirm the user and lets them sign in', async () => {
    await t.sdk.send(new AdminCreateUserCommand({ UserPoolId: t.poolId, Username: 'max', MessageAction: 'SUPPRESS' }));
    await expect(
      t.sdk.send(
        new AdminSetUserPasswordCommand({ UserPoolId: t.poolId, Username: 'max', Password: 'abc', Permanent: true }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidPasswordException' });
    await t.sdk.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: t.poolId,
        Username: 'max',
        Password: 'Max-pass-123!',
        Permanent: true,
      }),
    );
    const user = await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: 'max' }));
    expect(user).toMatchObject({ Username: 'max', UserStatus: 'CONFIRMED', Enabled: true });
    expect(user.UserAttributes?.[0]?.Name).toBe('sub');
    const tokens = await signInWithPassword(t.sdk, {
      clientId: t.clientId,
      username: 'max',
      password: 'Max-pass-123!',
    });
    expect(tokens.AccessToken).toEqual(expect.any(String));
  });

  it('refuses sign-in while disabled, and again allows it once enabled', async () => {
    await t.sdk.send(new AdminDisableUserCommand({ UserPoolId: t.poolId, Username: 'max' }));
    expect((await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: 'max' }))).Enabled).toBe(false);
    await expect(
      signInWithPassword(t.sdk, { clientId: t.clientId, username: 'max', password: 'Max-pass-123!' }),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'User is disabled.' });
    await t.sdk.send(new AdminEnableUserCommand({ UserPoolId: t.poolId, Username: 'max' }));
    await expect(
      signInWithPassword(t.sdk, { clientId: t.clientId, username: 'max', password: 'Max-pass-123!' }),
    ).resolves.toBeDefined();
  });

  it('deletes a user so that AdminGetUser no longer finds them', async () => {
    await t.sdk.send(new AdminDeleteUserCommand({ UserPoolId: t.poolId, Username: 'max' }));
    await expect(t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: 'max' }))).rejects.toMatchObject({
      name: 'UserNotFoundException',
    });
  });
});
