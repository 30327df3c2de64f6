import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAuthClient } from '../../../core/auth/index';
import { createFakeClient } from './fake-client';
import { cognitoError, createFakeCognito, fakeTokens } from './fake-cognito';
import { createMemoryStorage } from './memory-storage';

const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);
const srpChallenge = (username: string) => ({
  ChallengeName: 'PASSWORD_VERIFIER',
  Session: 'S-srp',
  ChallengeParameters: {
    USERNAME: username,
    USER_ID_FOR_SRP: username,
    SALT: 'ab12',
    SRP_B: '5f3e',
    SECRET_BLOCK: 'AAEC',
  },
});
const deviceChallenge = {
  ChallengeName: 'DEVICE_PASSWORD_VERIFIER',
  Session: 'S-dev2',
  ChallengeParameters: { USERNAME: 'alice', SALT: 'cd34', SRP_B: '7a1b', SECRET_BLOCK: 'AAED' },
};
const tokens = () => fakeTokens({ username: 'alice', nowSeconds: NOW / 1000 });
const newDevice = { NewDeviceMetadata: { DeviceKey: 'us-east-1_dev-1', DeviceGroupKey: 'grp-1' } };

const client = createFakeClient;

describe('the sign-in requests against a scripted Cognito', () => {
  it('confirms a new device, then answers DEVICE_SRP_AUTH even after an MFA code (where Amplify stops)', async () => {
    const { auth, cognito } = client({
      InitiateAuth: [
        () => ({ AuthenticationResult: { ...tokens(), ...newDevice } }),
        () => ({
          ChallengeName: 'SMS_MFA',
          Session: 'S-mfa',
          ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+***12' },
        }),
      ],
      ConfirmDevice: [() => ({ UserConfirmationNecessary: false })],
      RespondToAuthChallenge: [
        () => ({ ChallengeName: 'DEVICE_SRP_AUTH', Session: 'S-dev1', ChallengeParameters: { USERNAME: 'alice' } }),
        () => deviceChallenge,
        () => ({ AuthenticationResult: tokens() }),
      ],
      RevokeToken: [() => ({})],
    });
    await auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    const [confirm] = cognito.of('ConfirmDevice');
    expect(confirm?.body).toMatchObject({ DeviceKey: 'us-east-1_dev-1', DeviceName: 'Sidekey' });
    expect(confirm?.body.DeviceSecretVerifierConfig).toMatchObject({
      Salt: expect.any(String),
      PasswordVerifier: expect.any(String),
    });
    await auth.signOut();

    const step = await auth.signIn({
      username: 'alice',
      password: 'pw',
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    expect(step.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    expect(cognito.of('InitiateAuth')[1]?.body.AuthParameters).toMatchObject({ DEVICE_KEY: 'us-east-1_dev-1' });
    expect(await auth.confirmSignIn({ challengeResponse: '123456' })).toEqual({
      isSignedIn: true,
      nextStep: { signInStep: 'DONE' },
    });
    const [mfa, deviceSrp, deviceVerifier] = cognito.of('RespondToAuthChallenge').map((r) => r.body);
    expect(mfa).toMatchObject({
      ChallengeName: 'SMS_MFA',
      ChallengeResponses: { SMS_MFA_CODE: '123456', DEVICE_KEY: 'us-east-1_dev-1' },
    });
    expect(deviceSrp).toMatchObject({
      ChallengeName: 'DEVICE_SRP_AUTH',
      Session: 'S-dev1',
      ChallengeResponses: {
        USERNAME: 'alice',
        DEVICE_KEY: 'us-east-1_dev-1',
        SRP_A: expect.stringMatching(/^[0-9a-f]+$/),
      },
    });
    expect(deviceVerifier).toMatchObject({
      ChallengeName: 'DEVICE_PASSWORD_VERIFIER',
      Session: 'S-dev2',
      ChallengeResponses: {
        USERNAME: 'alice',
        DEVICE_KEY: 'us-east-1_dev-1',
        PASSWORD_CLAIM_SECRET_BLOCK: 'AAED',
        TIMESTAMP: 'Thu Nov 26 12:00:00 UTC 2026',
        PASSWORD_CLAIM_SIGNATURE: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/),
      },
    });
  });

  it('drops a device Cognito has forgotten and retries once without it', async () => {
    const { auth, cognito, storage } = client({
      InitiateAuth: [
        () => ({ AuthenticationResult: { ...tokens(), ...newDevice } }),
        () => {
          throw cognitoError('ResourceNotFoundException', 'Device does not exist.');
        },
        () => ({ AuthenticationResult: tokens() }),
      ],
      ConfirmDevice: [() => ({})],
    });
    await auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    await auth.signOut();
    const result = await auth.signIn({
      username: 'alice',
      password: 'pw',
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    expect(result.nextStep.signInStep).toBe('DONE');
    const [, stale, retry] = cognito.of('InitiateAuth').map((r) => r.body.AuthParameters as Record<string, string>);
    expect(stale?.DEVICE_KEY).toBe('us-east-1_dev-1');
    expect(retry?.DEVICE_KEY).toBeUndefined();
    expect([...storage.entries.keys()].some((key) => key.endsWith('.deviceKey'))).toBe(false);
  });

  it('adds SECRET_HASH to AuthParameters and every ChallengeResponses when the client has a secret', async () => {
    const { auth, cognito } = client(
      {
        InitiateAuth: [() => srpChallenge('alice')],
        RespondToAuthChallenge: [
          () => ({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 'S-mfa', ChallengeParameters: {} }),
          () => ({ AuthenticationResult: tokens() }),
        ],
        SignUp: [() => ({ UserConfirmed: false, UserSub: 'sub' })],
      },
      { clientSecret: 'sekret' },
    );
    const expected = (username: string) => createHmac('sha256', 'sekret').update(`${username}client1`).digest('base64');
    await auth.signIn({ username: 'alice', password: 'pw' });
    await auth.confirmSignIn({ challengeResponse: '123456' });
    expect(cognito.of('InitiateAuth')[0]?.body.AuthParameters).toMatchObject({ SECRET_HASH: expected('alice') });
    const responses = cognito
      .of('RespondToAuthChallenge')
      .map((r) => r.body.ChallengeResponses as Record<string, string>);
    expect(responses).toHaveLength(2);
    for (const response of responses) expect(response.SECRET_HASH).toBe(expected('alice'));
    await auth.signOut();
    await auth.signUp({ username: 'bob', password: 'pw' });
    expect(cognito.of('SignUp')[0]?.body.SecretHash).toBe(expected('bob'));
  });

  it('sends no SECRET_HASH when the client has no secret', async () => {
    const { auth, cognito } = client({ InitiateAuth: [() => ({ AuthenticationResult: tokens() })] });
    await auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    expect(cognito.of('InitiateAuth')[0]?.body.AuthParameters).not.toHaveProperty('SECRET_HASH');
  });

  it('runs the passkey ceremony inside signIn through the port and sends the credential as a JSON string', async () => {
    const requestOptions = { challenge: 'Y2hhbA', rpId: 'localhost', allowCredentials: [] };
    const cognito = createFakeCognito({
      InitiateAuth: [
        () => ({
          ChallengeName: 'WEB_AUTHN',
          Session: 'S-w',
          ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(requestOptions) },
        }),
      ],
      RespondToAuthChallenge: [() => ({ AuthenticationResult: tokens() })],
    });
    const seen: unknown[] = [];
    const credential = { id: 'cred', rawId: 'cred', type: 'public-key', response: { clientDataJSON: 'x' } };
    const auth = createAuthClient({
      userPoolId: 'us-east-1_Pool1',
      userPoolClientId: 'client1',
      userPoolEndpoint: 'http://pool.invalid/',
      storage: createMemoryStorage(),
      fetch: cognito.fetch,
      clock: () => NOW,
      passkeys: {
        get: async (options) => {
          seen.push(options);
          return credential;
        },
        create: async () => ({}),
      },
    });
    const result = await auth.signIn({
      username: 'alice',
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' },
    });
    expect(result.nextStep.signInStep).toBe('DONE');
    expect(seen).toEqual([requestOptions]);
    const [answer] = cognito.of('RespondToAuthChallenge');
    expect(answer?.body).toMatchObject({
      ChallengeName: 'WEB_AUTHN',
      ChallengeResponses: { USERNAME: 'alice', CREDENTIAL: JSON.stringify(credential) },
    });
    expect(answer?.body).not.toHaveProperty('ClientMetadata');
  });

  it('refuses a WEB_AUTHN challenge with PasskeyNotSupported when no passkey port is configured', async () => {
    const { auth } = client({
      InitiateAuth: [
        () => ({
          ChallengeName: 'WEB_AUTHN',
          Session: 'S-w',
          ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: '{}' },
        }),
      ],
    });
    await expect(
      auth.signIn({ username: 'alice', options: { authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' } }),
    ).rejects.toMatchObject({
      code: 'PasskeyNotSupported',
    });
  });
});
