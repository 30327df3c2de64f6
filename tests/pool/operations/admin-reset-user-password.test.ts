import {
  AdminConfirmSignUpCommand,
  AdminGetUserCommand,
  AdminResetUserPasswordCommand,
  ConfirmForgotPasswordCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfirmedUser, signInWithPassword } from '../support/create-user';
import { type SdkPool, startSdkPool } from '../support/sdk-pool';

let t: SdkPool;

beforeAll(async () => {
  t = await startSdkPool();
  await createConfirmedUser(t.sdk, {
    poolId: t.poolId,
    username: 'sven',
    password: 'Sven-pass-123!',
    attributes: { email: 'sven@example.com', email_verified: 'true' },
  });
});
afterAll(() => t.stop());

describe('AdminResetUserPassword', () => {
  it('makes sign-in answer PasswordResetRequiredException until the user sets a new password with the code', async () => {
    await t.sdk.send(new AdminResetUserPasswordCommand({ UserPoolId: t.poolId, Username: 'sven' }));
    expect((await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: 'sven' }))).UserStatus).toBe(
      'RESET_REQUIRED',
    );
    await expect(
      signInWithPassword(t.sdk, { clientId: t.clientId, username: 'sven', password: 'Sven-pass-123!' }),
    ).rejects.toMatchObject({ name: 'PasswordResetRequiredException' });
    const message = (await t.outbox()).at(-1);
    expect(message).toMatchObject({ username: 'sven', purpose: 'FORGOT_PASSWORD', channel: 'EMAIL' });
    await t.sdk.send(
      new ConfirmForgotPasswordCommand({
        ClientId: t.clientId,
        Username: 'sven',
        ConfirmationCode: message!.code,
        Password: 'Sven-new-123!',
      }),
    );
    await expect(
      signInWithPassword(t.sdk, { clientId: t.clientId, username: 'sven', password: 'Sven-new-123!' }),
    ).resolves.toBeDefined();
  });
});

describe('AdminConfirmSignUp', () => {
  it('confirms an unconfirmed user without a code, and refuses to confirm twice', async () => {
    await t.sdk.send(new SignUpCommand({ ClientId: t.clientId, Username: 'tess', Password: 'Tess-pass-123!' }));
    await expect(
      signInWithPassword(t.sdk, { clientId: t.clientId, username: 'tess', password: 'Tess-pass-123!' }),
    ).rejects.toMatchObject({ name: 'UserNotConfirmedException' });
    await t.sdk.send(new AdminConfirmSignUpCommand({ UserPoolId: t.poolId, Username: 'tess' }));
    await expect(
      signInWithPassword(t.sdk, { clientId: t.clientId, username: 'tess', password: 'Tess-pass-123!' }),
    ).resolves.toBeDefined();
    await expect(
      t.sdk.send(new AdminConfirmSignUpCommand({ UserPoolId: t.poolId, Username: 'tess' })),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });
});
