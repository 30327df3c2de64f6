import {
  AdminSetUserMFAPreferenceCommand,
  DeleteUserCommand,
  GetUserCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfirmedUser, signInWithPassword } from '../support/create-user';
import { type SdkPool, startSdkPool } from '../support/sdk-pool';

let t: SdkPool;
let accessToken: string;

beforeAll(async () => {
  t = await startSdkPool();
  await createConfirmedUser(t.sdk, {
    poolId: t.poolId,
    username: 'nora',
    password: 'Nora-pass-123!',
    attributes: { email: 'nora@example.com', email_verified: 'true', phone_number: '+15550004321', name: 'Nora' },
  });
  ({ AccessToken: accessToken } = await signInWithPassword(t.sdk, {
    clientId: t.clientId,
    username: 'nora',
    password: 'Nora-pass-123!',
  }));
});
afterAll(() => t.stop());

describe('GetUser', () => {
  it('answers the signed-in user’s username and attributes', async () => {
    const user = await t.sdk.send(new GetUserCommand({ AccessToken: accessToken }));
    expect(user.Username).toBe('nora');
    expect(user.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'sub', Value: expect.stringMatching(/^[0-9a-f-]{36}$/) },
        { Name: 'email', Value: 'nora@example.com' },
        { Name: 'name', Value: 'Nora' },
      ]),
    );
    expect(user.UserMFASettingList).toBeUndefined();
  });

  it('lists the MFA settings an administrator set', async () => {
    await t.sdk.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId: t.poolId,
        Username: 'nora',
        SMSMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const user = await t.sdk.send(new GetUserCommand({ AccessToken: accessToken }));
    expect(user.PreferredMfaSetting).toBe('SMS_MFA');
    expect(user.UserMFASettingList).toEqual(['SMS_MFA']);
  });

  it('refuses a token that is not ours with NotAuthorizedException', async () => {
    const [header, payload] = accessToken.split('.');
    await expect(t.sdk.send(new GetUserCommand({ AccessToken: `${header}.${payload}.AAAA` }))).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid Access Token',
    });
  });

  it('refuses the token once the user deleted their account', async () => {
    await t.sdk.send(new DeleteUserCommand({ AccessToken: accessToken }));
    await expect(t.sdk.send(new GetUserCommand({ AccessToken: accessToken }))).rejects.toMatchObject({
      name: 'UserNotFoundException',
    });
  });
});
