import {
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  type ExplicitAuthFlowsType,
  GetUserPoolMfaConfigCommand,
  SetUserPoolMfaConfigCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPool, startPool } from '../../../pool/start-pool';
import { sdkFor } from '../support/sdk-pool';

let pool: RunningPool;
let sdk: ReturnType<typeof sdkFor>;

beforeAll(async () => {
  pool = await startPool();
  sdk = sdkFor(pool.url, 'eu-west-1');
});
afterAll(async () => {
  sdk.destroy();
  await pool.stop();
});

describe('CreateUserPool, DescribeUserPool, UpdateUserPool', () => {
  it('creates a pool in the signed region with the settings given and Cognito’s defaults for the rest', async () => {
    const created = await sdk.send(
      new CreateUserPoolCommand({
        PoolName: 'shop',
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        Policies: { PasswordPolicy: { MinimumLength: 12, RequireSymbols: false } },
        Schema: [{ Name: 'tier', AttributeDataType: 'String', Mutable: true }],
      }),
    );
    const id = created.UserPool!.Id!;
    expect(id).toMatch(/^eu-west-1_[0-9A-Za-z]{9}$/);
    expect(created.UserPool?.Arn).toBe(`arn:aws:cognito-idp:eu-west-1:000000000000:userpool/${id}`);
    const { UserPool } = await sdk.send(new DescribeUserPoolCommand({ UserPoolId: id }));
    expect(UserPool).toMatchObject({
      Name: 'shop',
      UsernameAttributes: ['email'],
      MfaConfiguration: 'OFF',
      Policies: { PasswordPolicy: { MinimumLength: 12, RequireSymbols: false, TemporaryPasswordValidityDays: 7 } },
    });
    expect(UserPool?.CreationDate).toBeInstanceOf(Date);
    expect(UserPool?.SchemaAttributes?.map((attribute) => attribute.Name)).toContain('custom:tier');
  });

  it('resets settings left out of UpdateUserPool to their defaults, as Cognito does', async () => {
    const { UserPool } = await sdk.send(
      new CreateUserPoolCommand({ PoolName: 'update', AutoVerifiedAttributes: ['email'] }),
    );
    await sdk.send(new UpdateUserPoolCommand({ UserPoolId: UserPool!.Id!, MfaConfiguration: 'OFF' }));
    const described = await sdk.send(new DescribeUserPoolCommand({ UserPoolId: UserPool!.Id! }));
    expect(described.UserPool?.AutoVerifiedAttributes).toEqual([]);
  });

  it('refuses both UsernameAttributes and AliasAttributes', async () => {
    await expect(
      sdk.send(new CreateUserPoolCommand({ PoolName: 'x', UsernameAttributes: ['email'], AliasAttributes: ['email'] })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });

  it('refuses a pool that does not exist', async () => {
    await expect(sdk.send(new DescribeUserPoolCommand({ UserPoolId: 'eu-west-1_AAAAAAAAA' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'User pool eu-west-1_AAAAAAAAA does not exist.',
    });
  });
});

describe('CreateUserPoolClient, DescribeUserPoolClient, UpdateUserPoolClient', () => {
  it('stores flows, validities, revocation and OAuth settings and describes them back', async () => {
    const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: 'clients' }));
    const poolId = UserPool!.Id!;
    const { UserPoolClient } = await sdk.send(
      new CreateUserPoolClientCommand({
        UserPoolId: poolId,
        ClientName: 'spa',
        ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        AccessTokenValidity: 15,
        TokenValidityUnits: { AccessToken: 'minutes' },
        CallbackURLs: ['https://app.example.com/cb'],
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid'],
        AllowedOAuthFlowsUserPoolClient: true,
        PreventUserExistenceErrors: 'ENABLED',
      }),
    );
    const clientId = UserPoolClient!.ClientId!;
    expect(UserPoolClient?.ClientSecret).toBeUndefined();
    const described = await sdk.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }));
    expect(described.UserPoolClient).toMatchObject({
      ClientName: 'spa',
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      AccessTokenValidity: 15,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'hours', RefreshToken: 'days' },
      RefreshTokenValidity: 30,
      EnableTokenRevocation: true,
      CallbackURLs: ['https://app.example.com/cb'],
      PreventUserExistenceErrors: 'ENABLED',
    });
    const updated = await sdk.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: poolId,
        ClientId: clientId,
        ExplicitAuthFlows: ['ALLOW_USER_AUTH'],
      }),
    );
    expect(updated.UserPoolClient).toMatchObject({
      ClientName: 'spa',
      ExplicitAuthFlows: ['ALLOW_USER_AUTH'],
      CallbackURLs: [],
      PreventUserExistenceErrors: 'LEGACY',
    });
  });

  it('refuses an unknown auth flow and an access token validity over one day', async () => {
    const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: 'bad-clients' }));
    await expect(
      sdk.send(
        new CreateUserPoolClientCommand({
          UserPoolId: UserPool!.Id!,
          ClientName: 'x',
          ExplicitAuthFlows: ['ALLOW_MAGIC' as ExplicitAuthFlowsType],
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
    await expect(
      sdk.send(
        new CreateUserPoolClientCommand({ UserPoolId: UserPool!.Id!, ClientName: 'x', AccessTokenValidity: 25 }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });

  it('refuses an unknown client', async () => {
    const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: 'no-client' }));
    await expect(
      sdk.send(
        new DescribeUserPoolClientCommand({ UserPoolId: UserPool!.Id!, ClientId: 'abcdefghijklmnopqrstuvwxyz' }),
      ),
    ).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'User pool client abcdefghijklmnopqrstuvwxyz does not exist.',
    });
  });
});

describe('SetUserPoolMfaConfig, GetUserPoolMfaConfig', () => {
  it('turns TOTP and email MFA on, requires MFA and reports it back', async () => {
    const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: 'mfa' }));
    const UserPoolId = UserPool!.Id!;
    await sdk.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId,
        MfaConfiguration: 'ON',
        SoftwareTokenMfaConfiguration: { Enabled: true },
        EmailMfaConfiguration: { Message: 'Code {####}', Subject: 'Your code' },
        WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'required' },
      }),
    );
    const config = await sdk.send(new GetUserPoolMfaConfigCommand({ UserPoolId }));
    expect(config).toMatchObject({
      MfaConfiguration: 'ON',
      SoftwareTokenMfaConfiguration: { Enabled: true },
      EmailMfaConfiguration: { Message: 'Code {####}', Subject: 'Your code' },
      WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'required' },
    });
    expect(config.SmsMfaConfiguration).toBeUndefined();
    expect((await sdk.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool?.MfaConfiguration).toBe('ON');
  });

  it('refuses MFA ON with no method enabled', async () => {
    const { UserPool } = await sdk.send(new CreateUserPoolCommand({ PoolName: 'mfa-none' }));
    await expect(
      sdk.send(new SetUserPoolMfaConfigCommand({ UserPoolId: UserPool!.Id!, MfaConfiguration: 'ON' })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });
});
