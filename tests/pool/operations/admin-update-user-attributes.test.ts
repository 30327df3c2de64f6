import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminUpdateUserAttributesCommand,
  ConfirmSignUpCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfirmedUser, signInWithPassword } from '../support/create-user';
import { type SdkPool, startSdkPool } from '../support/sdk-pool';

let t: SdkPool;

beforeAll(async () => {
  t = await startSdkPool({
    pool: {
      AliasAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
    },
  });
  await createConfirmedUser(t.sdk, { poolId: t.poolId, username: 'Uli', password: 'Uli-pass-1234!' });
});
afterAll(() => t.stop());

const attributesOf = async (Username: string) =>
  Object.fromEntries(
    ((await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username }))).UserAttributes ?? []).map((a) => [
      a.Name,
      a.Value,
    ]),
  );

describe('AdminUpdateUserAttributes in an email-alias pool', () => {
  it('lets an administrator set a verified email, which then signs in as an alias', async () => {
    await t.sdk.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: t.poolId,
        Username: 'uli',
        UserAttributes: [
          { Name: 'email', Value: 'uli@example.com' },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
    expect(await attributesOf('ULI')).toMatchObject({ email: 'uli@example.com', email_verified: 'true' });
    await expect(
      signInWithPassword(t.sdk, { clientId: t.clientId, username: 'ULI@example.com', password: 'Uli-pass-1234!' }),
    ).resolves.toBeDefined();
  });

  it('refuses to give a second user the same verified email', async () => {
    await t.sdk.send(new AdminCreateUserCommand({ UserPoolId: t.poolId, Username: 'vera', MessageAction: 'SUPPRESS' }));
    await expect(
      t.sdk.send(
        new AdminUpdateUserAttributesCommand({
          UserPoolId: t.poolId,
          Username: 'vera',
          UserAttributes: [
            { Name: 'email', Value: 'uli@example.com' },
            { Name: 'email_verified', Value: 'true' },
          ],
        }),
      ),
    ).rejects.toMatchObject({ name: 'AliasExistsException' });
    expect((await attributesOf('vera')).email).toBeUndefined();
  });

  it('moves the alias on ConfirmSignUp only with ForceAliasCreation', async () => {
    await t.sdk.send(
      new SignUpCommand({
        ClientId: t.clientId,
        Username: 'walt',
        Password: 'Walt-pass-123!',
        UserAttributes: [{ Name: 'email', Value: 'uli@example.com' }],
      }),
    );
    const code = await t.lastCode('walt');
    const confirm = (ForceAliasCreation: boolean) =>
      t.sdk.send(
        new ConfirmSignUpCommand({
          ClientId: t.clientId,
          Username: 'walt',
          ConfirmationCode: code,
          ForceAliasCreation,
        }),
      );
    await expect(confirm(false)).rejects.toMatchObject({ name: 'AliasExistsException' });
    await confirm(true);
    expect((await attributesOf('uli')).email_verified).toBe('false');
    expect((await attributesOf('walt')).email_verified).toBe('true');
  });

  it('refuses a username shaped like an email in an email-alias pool', async () => {
    await expect(
      t.sdk.send(new SignUpCommand({ ClientId: t.clientId, Username: 'x@example.com', Password: 'Xavi-pass-123!' })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });
});

describe('AdminSetUserMFAPreference', () => {
  it('refuses TOTP before a software token is verified, and sets SMS as preferred for a user with a phone', async () => {
    await createConfirmedUser(t.sdk, {
      poolId: t.poolId,
      username: 'yara',
      password: 'Yara-pass-123!',
      attributes: { phone_number: '+15550007777' },
    });
    await expect(
      t.sdk.send(
        new AdminSetUserMFAPreferenceCommand({
          UserPoolId: t.poolId,
          Username: 'yara',
          SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidParameterException', message: 'User has not verified software token mfa' });
    await t.sdk.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId: t.poolId,
        Username: 'yara',
        SMSMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const user = await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: 'yara' }));
    expect(user.PreferredMfaSetting).toBe('SMS_MFA');
    expect(user.UserMFASettingList).toEqual(['SMS_MFA']);
  });
});
