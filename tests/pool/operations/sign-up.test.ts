import {
  AdminGetUserCommand,
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeSecretHash } from '../../../pool/auth-support/check-secret-hash';
import { type SdkPool, startSdkPool } from '../support/sdk-pool';

let t: SdkPool;

beforeAll(async () => {
  t = await startSdkPool({
    pool: { AutoVerifiedAttributes: ['email'] },
    client: { ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] },
  });
});
afterAll(() => t.stop());

const signUp = (username: string, extra: Record<string, unknown> = {}) =>
  t.sdk.send(
    new SignUpCommand({
      ClientId: t.clientId,
      Username: username,
      Password: 'Secret-pass-1!',
      UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
      ...extra,
    }),
  );

describe('SignUp', () => {
  it('creates an unconfirmed user and sends the code to the auto-verified email, masked in the answer', async () => {
    const answer = await signUp('carol');
    expect(answer.UserConfirmed).toBe(false);
    expect(answer.UserSub).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.CodeDeliveryDetails).toEqual({
      Destination: 'c***@e***',
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    const message = (await t.outbox()).at(-1);
    expect(message).toMatchObject({
      userPoolId: t.poolId,
      username: 'carol',
      channel: 'EMAIL',
      destination: 'carol@example.com',
      purpose: 'SIGN_UP',
    });
    expect(message?.code).toMatch(/^\d{6}$/);
    const user = await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: 'carol' }));
    expect(user.UserStatus).toBe('UNCONFIRMED');
  });

  it('refuses a taken username with UsernameExistsException', async () => {
    await signUp('dup');
    await expect(signUp('dup')).rejects.toMatchObject({ name: 'UsernameExistsException' });
  });

  it('refuses a password that breaks the policy with Cognito’s message', async () => {
    await expect(signUp('weak', { Password: 'short' })).rejects.toMatchObject({
      name: 'InvalidPasswordException',
      message: 'Password did not conform with policy: Password not long enough',
    });
    await expect(signUp('weak', { Password: 'longenough1!' })).rejects.toMatchObject({
      message: 'Password did not conform with policy: Password must have uppercase characters',
    });
  });

  it('refuses an attribute the schema does not have and a user writing email_verified', async () => {
    await expect(signUp('schema', { UserAttributes: [{ Name: 'custom:nope', Value: 'x' }] })).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });
    await expect(
      signUp('verified', { UserAttributes: [{ Name: 'email_verified', Value: 'true' }] }),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  it('refuses an unknown client with ResourceNotFoundException', async () => {
    await expect(
      t.sdk.send(
        new SignUpCommand({ ClientId: 'nosuchclient00000000000000', Username: 'x', Password: 'Secret-pass-1!' }),
      ),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});

describe('ConfirmSignUp', () => {
  it('refuses a wrong code, then confirms with the outbox code, verifies the email and returns a Session', async () => {
    await signUp('dave');
    await expect(
      t.sdk.send(new ConfirmSignUpCommand({ ClientId: t.clientId, Username: 'dave', ConfirmationCode: '000000x' })),
    ).rejects.toMatchObject({ name: 'CodeMismatchException' });
    const code = await t.lastCode('dave');
    const answer = await t.sdk.send(
      new ConfirmSignUpCommand({ ClientId: t.clientId, Username: 'dave', ConfirmationCode: code }),
    );
    expect(answer.Session).toEqual(expect.any(String));
    const user = await t.sdk.send(new AdminGetUserCommand({ UserPoolId: t.poolId, Username: 'dave' }));
    expect(user.UserStatus).toBe('CONFIRMED');
    expect(user.UserAttributes).toContainEqual({ Name: 'email_verified', Value: 'true' });
    await expect(
      t.sdk.send(new ConfirmSignUpCommand({ ClientId: t.clientId, Username: 'dave', ConfirmationCode: code })),
    ).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'User cannot be confirmed. Current status is CONFIRMED',
    });
  });

  it('signs the user in once with the ConfirmSignUp Session (USER_AUTH auto sign-in)', async () => {
    await signUp('erin');
    const code = await t.lastCode('erin');
    const { Session } = await t.sdk.send(
      new ConfirmSignUpCommand({ ClientId: t.clientId, Username: 'erin', ConfirmationCode: code }),
    );
    const auth = () =>
      t.sdk.send(
        new InitiateAuthCommand({
          ClientId: t.clientId,
          AuthFlow: 'USER_AUTH',
          AuthParameters: { USERNAME: 'erin' },
          Session,
        }),
      );
    const signedIn = await auth();
    expect(signedIn.AuthenticationResult?.AccessToken).toEqual(expect.any(String));
    await expect(auth()).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  it('answers ExpiredCodeException for a code older than 24 hours', async () => {
    await signUp('frank');
    const code = await t.lastCode('frank');
    await t.advance(24 * 3600_000 + 1000);
    await expect(
      t.sdk.send(new ConfirmSignUpCommand({ ClientId: t.clientId, Username: 'frank', ConfirmationCode: code })),
    ).rejects.toMatchObject({ name: 'ExpiredCodeException' });
  });

  it('answers UserNotFoundException for an unknown user on a LEGACY client', async () => {
    await expect(
      t.sdk.send(new ConfirmSignUpCommand({ ClientId: t.clientId, Username: 'ghost', ConfirmationCode: '123456' })),
    ).rejects.toMatchObject({ name: 'UserNotFoundException', message: 'Username/client id combination not found.' });
  });
});

describe('SignUp through a client with a secret', () => {
  let secretPool: SdkPool;
  beforeAll(async () => {
    secretPool = await startSdkPool({ pool: { AutoVerifiedAttributes: ['email'] }, client: { GenerateSecret: true } });
  });
  afterAll(() => secretPool.stop());

  it('refuses a missing SECRET_HASH and accepts the right one', async () => {
    const input = {
      ClientId: secretPool.clientId,
      Username: 'gina',
      Password: 'Secret-pass-1!',
      UserAttributes: [{ Name: 'email', Value: 'gina@example.com' }],
    };
    await expect(secretPool.sdk.send(new SignUpCommand(input))).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: `Client ${secretPool.clientId} is configured with secret but SECRET_HASH was not received`,
    });
    await expect(secretPool.sdk.send(new SignUpCommand({ ...input, SecretHash: 'bm9wZQ==' }))).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: `Unable to verify secret hash for client ${secretPool.clientId}`,
    });
    const SecretHash = computeSecretHash({
      clientSecret: secretPool.clientSecret!,
      clientId: secretPool.clientId,
      username: 'gina',
    });
    const answer = await secretPool.sdk.send(new SignUpCommand({ ...input, SecretHash }));
    expect(answer.UserConfirmed).toBe(false);
  });
});

describe('SignUp in an email-as-username pool', () => {
  let emailPool: SdkPool;
  beforeAll(async () => {
    emailPool = await startSdkPool({ pool: { UsernameAttributes: ['email'], AutoVerifiedAttributes: ['email'] } });
  });
  afterAll(() => emailPool.stop());

  it('makes the username the sub, keeps the email as an attribute and refuses a second account for it', async () => {
    const input = { ClientId: emailPool.clientId, Username: 'Hank@Example.com', Password: 'Secret-pass-1!' };
    const answer = await emailPool.sdk.send(new SignUpCommand(input));
    const user = await emailPool.sdk.send(
      new AdminGetUserCommand({ UserPoolId: emailPool.poolId, Username: 'hank@example.com' }),
    );
    expect(user.Username).toBe(answer.UserSub);
    expect(user.UserAttributes).toContainEqual({ Name: 'email', Value: 'Hank@Example.com' });
    await expect(
      emailPool.sdk.send(new SignUpCommand({ ...input, Username: 'hank@example.com' })),
    ).rejects.toMatchObject({ name: 'UsernameExistsException' });
    await expect(emailPool.sdk.send(new SignUpCommand({ ...input, Username: 'not-an-email' }))).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Username should be an email.',
    });
  });
});
