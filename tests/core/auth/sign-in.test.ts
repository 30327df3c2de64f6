import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../../core/auth/index';
import { createSignInStateStore, SIGN_IN_SESSION_MS, type SignInState } from '../../../core/auth/sign-in-state';
import { startTestPool, type TestPool } from '../../pool/support/test-pool';
import { enableTotpMfa } from './enable-totp-mfa';
import { createFakeClient } from './fake-client';
import { cognitoError, fakeTokens } from './fake-cognito';
import { createMemoryStorage } from './memory-storage';
import { createPoolAuthClient } from './pool-auth-client';

const tokens = (username = 'alice') => ({ AuthenticationResult: fakeTokens({ username, nowSeconds: 1_795_000_000 }) });

describe('signIn', () => {
  it.each([
    [{ username: '' }, 'EmptySignInUsername'],
    [{ username: 'alice' }, 'EmptySignInPassword'],
    [{ username: 'alice', options: { authFlowType: 'USER_PASSWORD_AUTH' as const } }, 'EmptySignInPassword'],
    [{ username: 'alice', options: { authFlowType: 'CUSTOM_WITH_SRP' as const } }, 'EmptySignInPassword'],
    [
      { username: 'alice', password: 'pw', options: { authFlowType: 'CUSTOM_WITHOUT_SRP' as const } },
      'CustomAuthSignInPassword',
    ],
    [
      { username: 'alice', options: { authFlowType: 'USER_AUTH' as const, preferredChallenge: 'PASSWORD' as const } },
      'EmptySignInPassword',
    ],
  ])('refuses %j with %s before any request', async (input, code) => {
    const { auth, cognito } = createFakeClient({});
    await expect(auth.signIn(input)).rejects.toMatchObject({ code });
    expect(cognito.sent).toHaveLength(0);
  });

  it('refuses a second sign-in while someone is signed in', async () => {
    const { auth } = createFakeClient({ InitiateAuth: [() => tokens()] });
    await auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    await expect(
      auth.signIn({ username: 'bob', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } }),
    ).rejects.toMatchObject({
      code: 'UserAlreadyAuthenticatedException',
    });
  });

  it.each([
    ['PasswordResetRequiredException', 'RESET_PASSWORD'],
    ['UserNotConfirmedException', 'CONFIRM_SIGN_UP'],
  ])('turns %s into the %s step', async (code, step) => {
    const { auth } = createFakeClient({
      InitiateAuth: [
        () => {
          throw cognitoError(code);
        },
      ],
    });
    expect(
      await auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } }),
    ).toEqual({
      isSignedIn: false,
      nextStep: { signInStep: step },
    });
  });

  it('rethrows other Cognito errors under their Cognito names and forgets the attempt', async () => {
    const { auth, storage } = createFakeClient({
      InitiateAuth: [() => ({ ChallengeName: 'CUSTOM_CHALLENGE', Session: 'S1', ChallengeParameters: { q: '1' } })],
      RespondToAuthChallenge: [
        () => {
          throw cognitoError('NotAuthorizedException', 'Incorrect username or password.');
        },
      ],
    });
    await auth.signIn({ username: 'alice', options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } });
    await expect(auth.confirmSignIn({ challengeResponse: 'x' })).rejects.toMatchObject({
      code: 'NotAuthorizedException',
    });
    expect([...storage.entries.keys()].some((key) => key.startsWith('CognitoSignInState'))).toBe(true);
    const wrong = createFakeClient({
      InitiateAuth: [
        () => {
          throw cognitoError('NotAuthorizedException', 'Incorrect username or password.');
        },
      ],
    });
    await expect(
      wrong.auth.signIn({ username: 'alice', password: 'bad', options: { authFlowType: 'USER_PASSWORD_AUTH' } }),
    ).rejects.toMatchObject({
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    expect(wrong.storage.entries.size).toBe(0);
  });

  it('passes clientMetadata on InitiateAuth and on every answer', async () => {
    const { auth, cognito } = createFakeClient({
      InitiateAuth: [() => ({ ChallengeName: 'CUSTOM_CHALLENGE', Session: 'S1', ChallengeParameters: {} })],
      RespondToAuthChallenge: [() => tokens()],
    });
    const clientMetadata = { source: 'popup' };
    await auth.signIn({ username: 'alice', options: { authFlowType: 'CUSTOM_WITHOUT_SRP', clientMetadata } });
    await auth.confirmSignIn({ challengeResponse: '42', options: { clientMetadata: { step: '2' } } });
    expect(cognito.of('InitiateAuth')[0]?.body).toMatchObject({
      AuthFlow: 'CUSTOM_AUTH',
      ClientMetadata: clientMetadata,
    });
    expect(cognito.of('RespondToAuthChallenge')[0]?.body).toMatchObject({ ClientMetadata: { step: '2' } });
  });

  it('signs in again when the stored tokens can no longer be refreshed', async () => {
    const { auth, clock } = createFakeClient({
      InitiateAuth: [() => tokens(), () => tokens('alice')],
      GetTokensFromRefreshToken: [
        () => {
          throw cognitoError('NotAuthorizedException', 'Refresh Token has expired');
        },
      ],
    });
    await auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    clock.now += 4 * 3600_000;
    const again = await auth.signIn({
      username: 'alice',
      password: 'pw',
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    expect(again.nextStep.signInStep).toBe('DONE');
  });

  it('sends USER_AUTH without a preference as USERNAME only, ignoring a password', async () => {
    const { auth, cognito } = createFakeClient({
      InitiateAuth: [
        () => ({ ChallengeName: 'SELECT_CHALLENGE', Session: 'S1', AvailableChallenges: ['PASSWORD', 'EMAIL_OTP'] }),
      ],
    });
    const result = await auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_AUTH' } });
    expect(result.nextStep).toEqual({
      signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
      availableChallenges: ['PASSWORD', 'EMAIL_OTP'],
    });
    expect(cognito.sent[0]?.body).toMatchObject({ AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'alice' } });
  });
});

describe('confirmSignIn', () => {
  it('refuses an empty answer with EmptyChallengeResponse before looking for a sign-in', async () => {
    const { auth, cognito } = createFakeClient({});
    await expect(auth.confirmSignIn({ challengeResponse: '' })).rejects.toMatchObject({
      code: 'EmptyChallengeResponse',
    });
    expect(cognito.sent).toHaveLength(0);
  });

  it('refuses to run with no sign-in in progress', async () => {
    const { auth } = createFakeClient({});
    await expect(auth.confirmSignIn({ challengeResponse: '123456' })).rejects.toMatchObject({
      code: 'SignInException',
    });
  });

  it('keeps the state after a wrong code so the user can try again', async () => {
    const { auth, cognito } = createFakeClient({
      InitiateAuth: [() => ({ ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 'S1', ChallengeParameters: {} })],
      RespondToAuthChallenge: [
        () => {
          throw cognitoError('CodeMismatchException', 'Invalid code received for user');
        },
        () => tokens(),
      ],
    });
    await auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    await expect(auth.confirmSignIn({ challengeResponse: '000000' })).rejects.toMatchObject({
      code: 'CodeMismatchException',
    });
    expect((await auth.confirmSignIn({ challengeResponse: '123456' })).nextStep.signInStep).toBe('DONE');
    expect(cognito.of('RespondToAuthChallenge').map((r) => r.body.Session)).toEqual(['S1', 'S1']);
  });

  it('sets up TOTP during sign-in: associate with the Session, verify, then MFA_SETUP with the newest Session', async () => {
    const { auth, cognito } = createFakeClient({
      InitiateAuth: [
        () => ({
          ChallengeName: 'MFA_SETUP',
          Session: 'S1',
          ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
        }),
      ],
      AssociateSoftwareToken: [() => ({ SecretCode: 'JBSWY3DPEHPK3PXP', Session: 'S2' })],
      VerifySoftwareToken: [() => ({ Status: 'SUCCESS', Session: 'S3' })],
      RespondToAuthChallenge: [() => tokens()],
    });
    const step = await auth.signIn({
      username: 'alice',
      password: 'pw',
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    if (step.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error(step.nextStep.signInStep);
    expect(step.nextStep.totpSetupDetails.sharedSecret).toBe('JBSWY3DPEHPK3PXP');
    expect(cognito.of('AssociateSoftwareToken')[0]?.body).toEqual({ Session: 'S1' });
    await auth.confirmSignIn({ challengeResponse: '123456', options: { friendlyDeviceName: 'phone' } });
    expect(cognito.of('VerifySoftwareToken')[0]?.body).toEqual({
      UserCode: '123456',
      Session: 'S2',
      FriendlyDeviceName: 'phone',
    });
    expect(cognito.of('RespondToAuthChallenge')[0]?.body).toMatchObject({
      ChallengeName: 'MFA_SETUP',
      Session: 'S3',
      ChallengeResponses: { USERNAME: 'alice' },
    });
  });

  it('lets a second client on the same storage finish the sign-in, and refuses it after three minutes', async () => {
    const { auth, another, clock, storage } = createFakeClient({
      InitiateAuth: [
        () => ({
          ChallengeName: 'EMAIL_OTP',
          Session: 'S1',
          ChallengeParameters: { CODE_DELIVERY_DESTINATION: 'a***' },
        }),
      ],
      RespondToAuthChallenge: [() => tokens()],
    });
    await auth.signIn({ username: 'alice', options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' } });
    clock.now += 170_000;
    expect(await another().confirmSignIn({ challengeResponse: '12345678' })).toEqual({
      isSignedIn: true,
      nextStep: { signInStep: 'DONE' },
    });
    expect((await another().getCurrentUser()).signInDetails).toEqual({ loginId: 'alice', authFlowType: 'USER_AUTH' });

    await auth.signOut();
    await auth.signIn({ username: 'alice', options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' } });
    clock.now += 180_001;
    await expect(another().confirmSignIn({ challengeResponse: '12345678' })).rejects.toMatchObject({
      code: 'SignInSessionExpired',
      message: 'The sign-in expired; start again.',
    });
    expect([...storage.entries.keys()].some((key) => key.startsWith('CognitoSignInState'))).toBe(false);
  });
});

const startedAt = 1_700_000_000_000;
const base: SignInState = {
  username: 'alice',
  session: 'S1',
  challengeName: 'EMAIL_OTP',
  challengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'a***@e***' },
  signInDetails: { loginId: 'alice', authFlowType: 'USER_SRP_AUTH' },
  startedAt,
};

/** A client whose every request fails, on a storage already holding `state`, with a clock the test moves. */
async function clientHolding(state: SignInState) {
  const storage = createMemoryStorage();
  const clock = { now: startedAt + 1_000 };
  await createSignInStateStore({ storage, clientId: 'c1', now: () => clock.now }).save(state);
  const requests: string[] = [];
  const auth = createAuthClient({
    userPoolId: 'us-east-1_pool',
    userPoolClientId: 'c1',
    userPoolEndpoint: 'http://localhost:1/',
    storage,
    clock: () => clock.now,
    fetch: async (input) => {
      requests.push(String(input));
      throw new Error('no network in this test');
    },
  });
  return { auth, storage, clock, requests };
}

describe('getPendingSignIn from the stored state', () => {
  it('answers the code step and the username without any request', async () => {
    const { auth, requests } = await clientHolding(base);
    expect(await auth.getPendingSignIn()).toEqual({
      username: 'alice',
      nextStep: {
        signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
        codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: 'a***@e***' },
      },
    });
    expect(requests).toEqual([]);
  });

  it('answers undefined when no sign-in is in progress', async () => {
    const { auth, storage } = await clientHolding(base);
    await storage.clear();
    expect(await auth.getPendingSignIn()).toBeUndefined();
  });

  it('gives TOTP setup back with the stored secret, so the same QR code can be shown again', async () => {
    const { auth } = await clientHolding({
      ...base,
      challengeName: 'MFA_SETUP',
      challengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
      totpSharedSecret: 'JBSWY3DPEHPK3PXP',
    });
    const pending = await auth.getPendingSignIn();
    if (pending?.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error('not TOTP setup');
    expect(pending.nextStep.totpSetupDetails.sharedSecret).toBe('JBSWY3DPEHPK3PXP');
    expect(pending.nextStep.totpSetupDetails.getSetupUri('Sidekey').href).toBe(
      'otpauth://totp/Sidekey:alice?secret=JBSWY3DPEHPK3PXP&issuer=Sidekey',
    );
  });

  it('answers undefined for a row that is internal work, not a step, and for a challenge the table does not know', async () => {
    for (const challengeName of ['PASSWORD_VERIFIER', 'WEB_AUTHN', 'NOT_A_CHALLENGE']) {
      const { auth, requests } = await clientHolding({ ...base, challengeName });
      expect(await auth.getPendingSignIn()).toBeUndefined();
      expect(requests).toEqual([]);
    }
    const noSecretYet = {
      ...base,
      challengeName: 'MFA_SETUP',
      challengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
    };
    expect(await (await clientHolding(noSecretYet)).auth.getPendingSignIn()).toBeUndefined();
  });

  it('throws SignInSessionExpired after three minutes and forgets the sign-in', async () => {
    const { auth, storage, clock } = await clientHolding(base);
    clock.now = startedAt + SIGN_IN_SESSION_MS;
    await expect(auth.getPendingSignIn()).rejects.toMatchObject({ code: 'SignInSessionExpired' });
    expect(storage.entries.size).toBe(0);
    expect(await auth.getPendingSignIn()).toBeUndefined();
  });

  it('cancelSignIn forgets the sign-in in progress', async () => {
    const { auth, storage } = await clientHolding(base);
    await auth.cancelSignIn();
    expect(storage.entries.size).toBe(0);
    expect(await auth.getPendingSignIn()).toBeUndefined();
  });
});

describe('getPendingSignIn against the local pool', () => {
  let pool: TestPool;
  beforeAll(async () => {
    pool = await startTestPool({ users: [{ username: 'mona', password: 'Passw0rd!' }] });
    await enableTotpMfa(pool, 'ON');
  });
  afterAll(() => pool.stop());

  it('lets a new client on the same storage show the same step and finish the sign-in', async () => {
    const { auth, another } = createPoolAuthClient(pool);
    const started = await auth.signIn({ username: 'mona', password: 'Passw0rd!' });
    if (started.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP')
      throw new Error(started.nextStep.signInStep);
    const secret = started.nextStep.totpSetupDetails.sharedSecret;

    const reopened = another();
    const pending = await reopened.getPendingSignIn();
    expect(pending?.username).toBe('mona');
    if (pending?.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error('not TOTP setup');
    expect(pending.nextStep.totpSetupDetails.sharedSecret).toBe(secret);

    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: pool.pool.clock.now() });
    expect(await reopened.confirmSignIn({ challengeResponse: code })).toEqual({
      isSignedIn: true,
      nextStep: { signInStep: 'DONE' },
    });
    expect(await reopened.getPendingSignIn()).toBeUndefined();
  });
});
