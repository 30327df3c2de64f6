import { ChangePasswordCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfirmedUser, signInWithPassword } from '../support/create-user';
import { type SdkPool, startSdkPool } from '../support/sdk-pool';

let t: SdkPool;
let accessToken: string;

beforeAll(async () => {
  t = await startSdkPool();
  await createConfirmedUser(t.sdk, { poolId: t.poolId, username: 'omar', password: 'Omar-pass-123!' });
  ({ AccessToken: accessToken } = await signInWithPassword(t.sdk, {
    clientId: t.clientId,
    username: 'omar',
    password: 'Omar-pass-123!',
  }));
});
afterAll(() => t.stop());

describe('ChangePassword', () => {
  it('refuses a wrong previous password', async () => {
    await expect(
      t.sdk.send(
        new ChangePasswordCommand({
          AccessToken: accessToken,
          PreviousPassword: 'Wrong-pass-123!',
          ProposedPassword: 'Next-pass-123!',
        }),
      ),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });

  it('refuses a proposed password that breaks the policy', async () => {
    await expect(
      t.sdk.send(
        new ChangePasswordCommand({
          AccessToken: accessToken,
          PreviousPassword: 'Omar-pass-123!',
          ProposedPassword: 'nouppercase1!',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidPasswordException',
      message: 'Password did not conform with policy: Password must have uppercase characters',
    });
  });

  it('changes the password: the old one stops working, the new one signs in', async () => {
    await t.sdk.send(
      new ChangePasswordCommand({
        AccessToken: accessToken,
        PreviousPassword: 'Omar-pass-123!',
        ProposedPassword: 'Next-pass-123!',
      }),
    );
    await expect(
      signInWithPassword(t.sdk, { clientId: t.clientId, username: 'omar', password: 'Omar-pass-123!' }),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    await expect(
      signInWithPassword(t.sdk, { clientId: t.clientId, username: 'omar', password: 'Next-pass-123!' }),
    ).resolves.toBeDefined();
  });

  it('refuses an expired access token', async () => {
    await t.advance(3600_000 + 1000);
    await expect(
      t.sdk.send(
        new ChangePasswordCommand({
          AccessToken: accessToken,
          PreviousPassword: 'Next-pass-123!',
          ProposedPassword: 'Last-pass-123!',
        }),
      ),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Access Token has expired' });
  });
});
