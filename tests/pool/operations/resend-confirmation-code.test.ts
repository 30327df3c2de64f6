import {
  ConfirmSignUpCommand,
  ResendConfirmationCodeCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SdkPool, startSdkPool } from '../support/sdk-pool';

let t: SdkPool;

beforeAll(async () => {
  t = await startSdkPool({ pool: { AutoVerifiedAttributes: ['email', 'phone_number'] } });
});
afterAll(() => t.stop());

describe('ResendConfirmationCode', () => {
  it('replaces the sign-up code: the old one stops working, the new one confirms', async () => {
    const signUp = await t.sdk.send(
      new SignUpCommand({
        ClientId: t.clientId,
        Username: 'ivy',
        Password: 'Secret-pass-1!',
        UserAttributes: [
          { Name: 'email', Value: 'ivy@example.com' },
          { Name: 'phone_number', Value: '+15550001234' },
        ],
      }),
    );
    // Both auto-verified: the code goes by SMS.
    expect(signUp.CodeDeliveryDetails).toEqual({
      Destination: '+*******1234',
      DeliveryMedium: 'SMS',
      AttributeName: 'phone_number',
    });
    const first = await t.lastCode('ivy');
    const resent = await t.sdk.send(new ResendConfirmationCodeCommand({ ClientId: t.clientId, Username: 'ivy' }));
    expect(resent.CodeDeliveryDetails?.DeliveryMedium).toBe('SMS');
    const second = await t.lastCode('ivy');
    const confirm = (code: string) =>
      t.sdk.send(new ConfirmSignUpCommand({ ClientId: t.clientId, Username: 'ivy', ConfirmationCode: code }));
    if (first !== second) await expect(confirm(first)).rejects.toMatchObject({ name: 'CodeMismatchException' });
    await expect(confirm(second)).resolves.toMatchObject({ Session: expect.any(String) });
  });

  it('refuses a confirmed user', async () => {
    await expect(
      t.sdk.send(new ResendConfirmationCodeCommand({ ClientId: t.clientId, Username: 'ivy' })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException', message: 'User is already confirmed.' });
  });
});
