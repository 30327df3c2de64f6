import {
  GetUserAttributeVerificationCodeCommand,
  GetUserCommand,
  UpdateUserAttributesCommand,
  UpdateUserPoolClientCommand,
  VerifyUserAttributeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfirmedUser, signInWithPassword } from '../support/create-user';
import { type SdkPool, startSdkPool } from '../support/sdk-pool';

let t: SdkPool;
let accessToken: string;

beforeAll(async () => {
  t = await startSdkPool({ pool: { AutoVerifiedAttributes: ['email'] } });
  await createConfirmedUser(t.sdk, {
    poolId: t.poolId,
    username: 'pia',
    password: 'Pia-pass-1234!',
    attributes: { email: 'pia@example.com', email_verified: 'true' },
  });
  ({ AccessToken: accessToken } = await signInWithPassword(t.sdk, {
    clientId: t.clientId,
    username: 'pia',
    password: 'Pia-pass-1234!',
  }));
});
afterAll(() => t.stop());

const attributes = async () =>
  Object.fromEntries(
    ((await t.sdk.send(new GetUserCommand({ AccessToken: accessToken }))).UserAttributes ?? []).map((a) => [
      a.Name,
      a.Value,
    ]),
  );

describe('UpdateUserAttributes, GetUserAttributeVerificationCode, VerifyUserAttribute', () => {
  it('unverifies a changed email and sends it a code', async () => {
    const answer = await t.sdk.send(
      new UpdateUserAttributesCommand({
        AccessToken: accessToken,
        UserAttributes: [
          { Name: 'email', Value: 'pia.new@example.com' },
          { Name: 'name', Value: 'Pia' },
        ],
      }),
    );
    expect(answer.CodeDeliveryDetailsList).toEqual([
      { Destination: 'p***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
    ]);
    expect(await attributes()).toMatchObject({ email: 'pia.new@example.com', email_verified: 'false', name: 'Pia' });
    expect((await t.outbox()).at(-1)).toMatchObject({
      purpose: 'VERIFY_ATTRIBUTE',
      destination: 'pia.new@example.com',
    });
  });

  it('refuses a wrong code, then verifies with a freshly requested one', async () => {
    await t.sdk.send(new GetUserAttributeVerificationCodeCommand({ AccessToken: accessToken, AttributeName: 'email' }));
    const code = await t.lastCode('pia');
    await expect(
      t.sdk.send(
        new VerifyUserAttributeCommand({
          AccessToken: accessToken,
          AttributeName: 'email',
          Code: code === '000000' ? '111111' : '000000',
        }),
      ),
    ).rejects.toMatchObject({ name: 'CodeMismatchException' });
    await t.sdk.send(new VerifyUserAttributeCommand({ AccessToken: accessToken, AttributeName: 'email', Code: code }));
    expect((await attributes()).email_verified).toBe('true');
  });

  it('refuses a user setting email_verified or an unknown attribute', async () => {
    await expect(
      t.sdk.send(
        new UpdateUserAttributesCommand({
          AccessToken: accessToken,
          UserAttributes: [{ Name: 'email_verified', Value: 'true' }],
        }),
      ),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    await expect(
      t.sdk.send(
        new UpdateUserAttributesCommand({
          AccessToken: accessToken,
          UserAttributes: [{ Name: 'favourite_colour', Value: 'blue' }],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message:
        'Attributes did not conform to the schema: Type for attribute {favourite_colour} could not be determined',
    });
  });

  it('refuses attributes outside the app client’s WriteAttributes', async () => {
    await t.sdk.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: t.poolId,
        ClientId: t.clientId,
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        WriteAttributes: ['name'],
      }),
    );
    try {
      await expect(
        t.sdk.send(
          new UpdateUserAttributesCommand({
            AccessToken: accessToken,
            UserAttributes: [{ Name: 'nickname', Value: 'p' }],
          }),
        ),
      ).rejects.toMatchObject({
        name: 'NotAuthorizedException',
        message: 'A client attempted to write unauthorized attribute',
      });
      await t.sdk.send(
        new UpdateUserAttributesCommand({ AccessToken: accessToken, UserAttributes: [{ Name: 'name', Value: 'P' }] }),
      );
      expect((await attributes()).name).toBe('P');
    } finally {
      await t.sdk.send(
        new UpdateUserPoolClientCommand({
          UserPoolId: t.poolId,
          ClientId: t.clientId,
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        }),
      );
    }
  });

  it('refuses an email that is not an email address', async () => {
    await expect(
      t.sdk.send(
        new UpdateUserAttributesCommand({
          AccessToken: accessToken,
          UserAttributes: [{ Name: 'email', Value: 'nope' }],
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidParameterException', message: 'Invalid email address format.' });
  });
});
