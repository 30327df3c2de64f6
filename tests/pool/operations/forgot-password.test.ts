import {
  AdminCreateUserCommand,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
  UpdateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfirmedUser, signInWithPassword } from '../support/create-user';
import { type SdkPool, startSdkPool } from '../support/sdk-pool';

let t: SdkPool;

beforeAll(async () => {
  t = await startSdkPool();
  await createConfirmedUser(t.sdk, {
    poolId: t.poolId,
    username: 'dave',
    password: 'Old-pass-123!',
    attributes: { email: 'dave@example.com', email_verified: 'true', phone_number: '+15550000001' },
  });
});
afterAll(() => t.stop());

describe('ForgotPassword and ConfirmForgotPassword', () => {
  it('sends a code to the verified email, refuses a wrong code, then sets the new password', async () => {
    const answer = await t.sdk.send(new ForgotPasswordCommand({ ClientId: t.clientId, Username: 'dave' }));
    expect(answer.CodeDeliveryDetails).toEqual({
      Destination: 'd***@e***',
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    const code = await t.lastCode('dave');
    await expect(
      t.sdk.send(
        new ConfirmForgotPasswordCommand({
          ClientId: t.clientId,
          Username: 'dave',
          ConfirmationCode: code === '111111' ? '222222' : '111111',
          Password: 'New-pass-456!',
        }),
      ),
    ).rejects.toMatchObject({ name: 'CodeMismatchException' });
    await t.sdk.send(
      new ConfirmForgotPasswordCommand({
        ClientId: t.clientId,
        Username: 'dave',
        ConfirmationCode: code,
        Password: 'New-pass-456!',
      }),
    );
    await expect(
      signInWithPassword(t.sdk, { clientId: t.clientId, username: 'dave', password: 'Old-pass-123!' }),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    const tokens = await signInWithPassword(t.sdk, {
      clientId: t.clientId,
      username: 'dave',
      password: 'New-pass-456!',
    });
    expect(tokens.AccessToken).toEqual(expect.any(String));
  });

  it('refuses a code used twice', async () => {
    await t.sdk.send(new ForgotPasswordCommand({ ClientId: t.clientId, Username: 'dave' }));
    const code = await t.lastCode('dave');
    const confirm = (Password: string) =>
      t.sdk.send(
        new ConfirmForgotPasswordCommand({ ClientId: t.clientId, Username: 'dave', ConfirmationCode: code, Password }),
      );
    await confirm('Third-pass-789!');
    await expect(confirm('Fourth-pass-0!')).rejects.toMatchObject({ name: 'ExpiredCodeException' });
  });

  it('refuses a new password that breaks the policy and keeps the code for a retry', async () => {
    await t.sdk.send(new ForgotPasswordCommand({ ClientId: t.clientId, Username: 'dave' }));
    const code = await t.lastCode('dave');
    const confirm = (Password: string) =>
      t.sdk.send(
        new ConfirmForgotPasswordCommand({ ClientId: t.clientId, Username: 'dave', ConfirmationCode: code, Password }),
      );
    await expect(confirm('weak')).rejects.toMatchObject({ name: 'InvalidPasswordException' });
    await expect(confirm('Retry-pass-1!')).resolves.toBeDefined();
  });

  it('answers ExpiredCodeException an hour later', async () => {
    await t.sdk.send(new ForgotPasswordCommand({ ClientId: t.clientId, Username: 'dave' }));
    const code = await t.lastCode('dave');
    await t.advance(3600_000 + 1000);
    await expect(
      t.sdk.send(
        new ConfirmForgotPasswordCommand({
          ClientId: t.clientId,
          Username: 'dave',
          ConfirmationCode: code,
          Password: 'Late-pass-123!',
        }),
      ),
    ).rejects.toMatchObject({ name: 'ExpiredCodeException' });
  });

  it('prefers a verified phone to a verified email when the pool sets no recovery order', async () => {
    await createConfirmedUser(t.sdk, {
      poolId: t.poolId,
      username: 'both',
      password: 'Both-pass-123!',
      attributes: {
        email: 'both@example.com',
        email_verified: 'true',
        phone_number: '+15550001212',
        phone_number_verified: 'true',
      },
    });
    const answer = await t.sdk.send(new ForgotPasswordCommand({ ClientId: t.clientId, Username: 'both' }));
    expect(answer.CodeDeliveryDetails).toEqual({
      Destination: '+*******1212',
      DeliveryMedium: 'SMS',
      AttributeName: 'phone_number',
    });
  });

  it('refuses a user without a verified email or phone', async () => {
    await createConfirmedUser(t.sdk, {
      poolId: t.poolId,
      username: 'nomail',
      password: 'Some-pass-123!',
      attributes: { email: 'nomail@example.com' },
    });
    await expect(
      t.sdk.send(new ForgotPasswordCommand({ ClientId: t.clientId, Username: 'nomail' })),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Cannot reset password for the user as there is no registered/verified email or phone_number',
    });
  });

  it('refuses a user who still has a temporary password', async () => {
    await t.sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: t.poolId,
        Username: 'temp',
        TemporaryPassword: 'Temp-pass-123!',
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: 'temp@example.com' },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
    await expect(
      t.sdk.send(new ForgotPasswordCommand({ ClientId: t.clientId, Username: 'temp' })),
    ).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'User password cannot be reset in the current state.',
    });
  });

  it('hides unknown users when the client prevents user-existence errors, and reveals them otherwise', async () => {
    await expect(
      t.sdk.send(new ForgotPasswordCommand({ ClientId: t.clientId, Username: 'ghost' })),
    ).rejects.toMatchObject({ name: 'UserNotFoundException' });
    await t.sdk.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: t.poolId,
        ClientId: t.clientId,
        PreventUserExistenceErrors: 'ENABLED',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      }),
    );
    const answer = await t.sdk.send(new ForgotPasswordCommand({ ClientId: t.clientId, Username: 'ghost' }));
    expect(answer.CodeDeliveryDetails?.DeliveryMedium).toBe('EMAIL');
    expect((await t.outbox()).some((message) => message.username === 'ghost')).toBe(false);
    await expect(
      t.sdk.send(
        new ConfirmForgotPasswordCommand({
          ClientId: t.clientId,
          Username: 'ghost',
          ConfirmationCode: '123456',
          Password: 'Ghost-pass-123!',
        }),
      ),
    ).rejects.toMatchObject({ name: 'CodeMismatchException' });
  });
});
