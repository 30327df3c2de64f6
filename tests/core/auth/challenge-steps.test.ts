import { describe, expect, it } from 'vitest';
import {
  CHALLENGE_STEPS,
  challengeStep,
  transitionOnAnswer,
  transitionOnResponse,
} from '../../../core/auth/challenge-steps';
import type { SignInState } from '../../../core/auth/sign-in-state';

const state = (
  challengeName: string,
  challengeParameters: Record<string, string> = {},
  extra: Partial<SignInState> = {},
): SignInState => ({
  username: 'alice',
  session: 'S1',
  challengeName,
  challengeParameters,
  signInDetails: { loginId: 'alice', authFlowType: 'USER_SRP_AUTH' },
  startedAt: 0,
  ...extra,
});
const delivery = { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'a***@e***' };

// docs/cognito-api.md §14, one row per line: challenge (+params) → what the user sees (or the internal effect).
const stepRows: [string, SignInState, unknown][] = [
  ['PASSWORD_VERIFIER', state('PASSWORD_VERIFIER'), { effect: { type: 'passwordVerifier' } }],
  ['DEVICE_SRP_AUTH', state('DEVICE_SRP_AUTH'), { effect: { type: 'deviceSrp' } }],
  ['DEVICE_PASSWORD_VERIFIER', state('DEVICE_PASSWORD_VERIFIER'), { effect: { type: 'devicePasswordVerifier' } }],
  [
    'CUSTOM_CHALLENGE',
    state('CUSTOM_CHALLENGE', { USERNAME: 'alice', question: '2+2?' }),
    {
      nextStep: {
        signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE',
        additionalInfo: { USERNAME: 'alice', question: '2+2?' },
      },
    },
  ],
  [
    'NEW_PASSWORD_REQUIRED',
    state('NEW_PASSWORD_REQUIRED', {
      requiredAttributes: '["userAttributes.email","userAttributes.name"]',
      userAttributes: '{}',
    }),
    { nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', missingAttributes: ['email', 'name'] } },
  ],
  [
    'SMS_MFA',
    state('SMS_MFA', { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******1234' }),
    {
      nextStep: {
        signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
        codeDeliveryDetails: { deliveryMedium: 'SMS', destination: '+*******1234' },
      },
    },
  ],
  [
    'SMS_OTP',
    state('SMS_OTP', { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******1234' }),
    {
      nextStep: {
        signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
        codeDeliveryDetails: { deliveryMedium: 'SMS', destination: '+*******1234' },
      },
    },
  ],
  ['SOFTWARE_TOKEN_MFA', state('SOFTWARE_TOKEN_MFA'), { nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } }],
  [
    'EMAIL_OTP',
    state('EMAIL_OTP', delivery),
    {
      nextStep: {
        signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
        codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: 'a***@e***' },
      },
    },
  ],
  [
    'SELECT_MFA_TYPE',
    state('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA","EMAIL_OTP","FUTURE_MFA"]' }),
    { nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', allowedMFATypes: ['SMS', 'TOTP', 'EMAIL'] } },
  ],
  [
    'MFA_SETUP with TOTP and EMAIL',
    state('MFA_SETUP', { MFAS_CAN_SETUP: '["SMS_MFA","SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' }),
    { nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', allowedMFATypes: ['TOTP', 'EMAIL'] } },
  ],
  [
    'MFA_SETUP with TOTP only',
    state('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }),
    { effect: { type: 'associateTotp' } },
  ],
  [
    'MFA_SETUP with EMAIL only',
    state('MFA_SETUP', { MFAS_CAN_SETUP: '["EMAIL_OTP"]' }),
    { nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP' } },
  ],
  [
    'SELECT_CHALLENGE',
    state('SELECT_CHALLENGE', {}, { availableChallenges: ['PASSWORD', 'EMAIL_OTP'] }),
    {
      nextStep: {
        signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
        availableChallenges: ['PASSWORD', 'EMAIL_OTP'],
      },
    },
  ],
  ['PASSWORD', state('PASSWORD'), { nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_PASSWORD' } }],
  ['PASSWORD_SRP', state('PASSWORD_SRP'), { nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_PASSWORD' } }],
  ['WEB_AUTHN', state('WEB_AUTHN', { CREDENTIAL_REQUEST_OPTIONS: '{}' }), { effect: { type: 'passkey' } }],
];

describe('the challenge table: what each Cognito challenge becomes', () => {
  it.each(stepRows)('%s', (_name, given, expected) => {
    expect(challengeStep(given.challengeName).step(given)).toEqual(expected);
  });

  it('shows the TOTP secret once MFA setup has associated one, with an otpauth URI', () => {
    const given = state('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }, { totpSharedSecret: 'JBSWY3DP' });
    const outcome = challengeStep('MFA_SETUP').step(given);
    if (!('nextStep' in outcome) || outcome.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP')
      throw new Error(`unexpected ${JSON.stringify(outcome)}`);
    expect(outcome.nextStep.totpSetupDetails.sharedSecret).toBe('JBSWY3DP');
    expect(outcome.nextStep.totpSetupDetails.getSetupUri('Shop').href).toBe(
      'otpauth://totp/Shop:alice?secret=JBSWY3DP&issuer=Shop',
    );
    expect(outcome.nextStep.totpSetupDetails.getSetupUri('Shop', 'bob').href).toContain('Shop:bob?');
  });

  it('refuses MFA setup when only SMS could be set up', () => {
    expect(() => challengeStep('MFA_SETUP').step(state('MFA_SETUP', { MFAS_CAN_SETUP: '["SMS_MFA"]' }))).toThrow(
      expect.objectContaining({ code: 'SignInException' }),
    );
  });

  it.each(['ADMIN_NO_SRP_AUTH', 'SOMETHING_NEW', 'toString', '__proto__'])(
    'refuses the unknown challenge %s as not addressed',
    (name) => {
      expect(() => challengeStep(name)).toThrow(
        expect.objectContaining({ code: 'SignInException', message: expect.stringContaining('not addressed') }),
      );
    },
  );
});

const answer = (given: SignInState, text: string, options = {}) => {
  const row = CHALLENGE_STEPS[given.challengeName];
  if (!row?.answer) throw new Error(`${given.challengeName} takes no answer`);
  return row.answer({ state: given, answer: text, options });
};

// docs/cognito-api.md §14 columns 3–4: the confirmSignIn answer → the request (or local step) that carries it.
const answerRows: [string, SignInState, string, Record<string, unknown>, unknown][] = [
  [
    'CUSTOM_CHALLENGE',
    state('CUSTOM_CHALLENGE'),
    '4',
    {},
    {
      type: 'respond',
      challengeName: 'CUSTOM_CHALLENGE',
      responses: { USERNAME: 'alice', ANSWER: '4' },
      withDeviceKey: true,
    },
  ],
  [
    'NEW_PASSWORD_REQUIRED with attributes',
    state('NEW_PASSWORD_REQUIRED'),
    'N3w!pass',
    { userAttributes: { email: 'a@example.com', name: '', nickname: undefined } },
    {
      type: 'respond',
      challengeName: 'NEW_PASSWORD_REQUIRED',
      responses: { NEW_PASSWORD: 'N3w!pass', USERNAME: 'alice', 'userAttributes.email': 'a@example.com' },
    },
  ],
  [
    'SMS_MFA',
    state('SMS_MFA'),
    '123456',
    {},
    {
      type: 'respond',
      challengeName: 'SMS_MFA',
      responses: { USERNAME: 'alice', SMS_MFA_CODE: '123456' },
      withDeviceKey: true,
    },
  ],
  [
    'SMS_OTP',
    state('SMS_OTP'),
    '123456',
    {},
    {
      type: 'respond',
      challengeName: 'SMS_OTP',
      responses: { USERNAME: 'alice', SMS_OTP_CODE: '123456' },
      withDeviceKey: true,
    },
  ],
  [
    'SOFTWARE_TOKEN_MFA',
    state('SOFTWARE_TOKEN_MFA'),
    '123456',
    {},
    {
      type: 'respond',
      challengeName: 'SOFTWARE_TOKEN_MFA',
      responses: { USERNAME: 'alice', SOFTWARE_TOKEN_MFA_CODE: '123456' },
      withDeviceKey: true,
    },
  ],
  [
    'EMAIL_OTP',
    state('EMAIL_OTP'),
    '12345678',
    {},
    {
      type: 'respond',
      challengeName: 'EMAIL_OTP',
      responses: { USERNAME: 'alice', EMAIL_OTP_CODE: '12345678' },
      withDeviceKey: true,
    },
  ],
  [
    'SELECT_MFA_TYPE → TOTP',
    state('SELECT_MFA_TYPE'),
    'TOTP',
    {},
    {
      type: 'respond',
      challengeName: 'SELECT_MFA_TYPE',
      responses: { USERNAME: 'alice', ANSWER: 'SOFTWARE_TOKEN_MFA' },
    },
  ],
  [
    'SELECT_MFA_TYPE → SMS',
    state('SELECT_MFA_TYPE'),
    'SMS',
    {},
    { type: 'respond', challengeName: 'SELECT_MFA_TYPE', responses: { USERNAME: 'alice', ANSWER: 'SMS_MFA' } },
  ],
  [
    'SELECT_MFA_TYPE → EMAIL',
    state('SELECT_MFA_TYPE'),
    'EMAIL',
    {},
    { type: 'respond', challengeName: 'SELECT_MFA_TYPE', responses: { USERNAME: 'alice', ANSWER: 'EMAIL_OTP' } },
  ],
  [
    'MFA_SETUP TOTP code',
    state('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }, { totpSharedSecret: 'X' }),
    '123456',
    { friendlyDeviceName: 'phone' },
    { type: 'verifyTotp', code: '123456', friendlyDeviceName: 'phone' },
  ],
  [
    'MFA_SETUP email address',
    state('MFA_SETUP', { MFAS_CAN_SETUP: '["EMAIL_OTP"]' }),
    'a@example.com',
    {},
    { type: 'respond', challengeName: 'MFA_SETUP', responses: { USERNAME: 'alice', EMAIL: 'a@example.com' } },
  ],
  [
    'SELECT_CHALLENGE → EMAIL_OTP',
    state('SELECT_CHALLENGE'),
    'EMAIL_OTP',
    {},
    { type: 'respond', challengeName: 'SELECT_CHALLENGE', responses: { USERNAME: 'alice', ANSWER: 'EMAIL_OTP' } },
  ],
  [
    'SELECT_CHALLENGE → WEB_AUTHN',
    state('SELECT_CHALLENGE'),
    'WEB_AUTHN',
    {},
    { type: 'respond', challengeName: 'SELECT_CHALLENGE', responses: { USERNAME: 'alice', ANSWER: 'WEB_AUTHN' } },
  ],
  [
    'PASSWORD',
    state('PASSWORD'),
    'Passw0rd!',
    {},
    {
      type: 'respond',
      challengeName: 'SELECT_CHALLENGE',
      responses: { ANSWER: 'PASSWORD', USERNAME: 'alice', PASSWORD: 'Passw0rd!' },
    },
  ],
  [
    'PASSWORD_SRP',
    state('PASSWORD_SRP'),
    'Passw0rd!',
    {},
    {
      type: 'respond',
      challengeName: 'SELECT_CHALLENGE',
      responses: { ANSWER: 'PASSWORD_SRP', USERNAME: 'alice' },
      srpPassword: 'Passw0rd!',
    },
  ],
  [
    'WEB_AUTHN after a failed ceremony → SMS_OTP',
    state('WEB_AUTHN'),
    'SMS_OTP',
    {},
    { type: 'respond', challengeName: 'SELECT_CHALLENGE', responses: { USERNAME: 'alice', ANSWER: 'SMS_OTP' } },
  ],
];

describe('the challenge table: how confirmSignIn answers each challenge', () => {
  it.each(answerRows)('%s', (_name, given, text, options, expected) => {
    expect(answer(given, text, options)).toEqual(expected);
  });

  it.each(['sms', 'SMS_MFA', 'toString', ''])('refuses the MFA choice %j with IncorrectMFAMethod', (choice) => {
    expect(() => answer(state('SELECT_MFA_TYPE'), choice)).toThrow(
      expect.objectContaining({ code: 'IncorrectMFAMethod' }),
    );
  });

  it('refuses an MFA setup answer that is neither a factor, a code nor an address', () => {
    expect(() => answer(state('MFA_SETUP', { MFAS_CAN_SETUP: '["EMAIL_OTP"]' }), 'not-an-address')).toThrow(
      expect.objectContaining({ code: 'SignInException' }),
    );
  });

  it.each(['PASSWORD_VERIFIER', 'DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER'])(
    'takes no user answer for the internal %s',
    (name) => {
      expect(CHALLENGE_STEPS[name]?.answer).toBeUndefined();
    },
  );
});

// docs/cognito-api.md §2.10: the three transitions that never reach the network.
describe('the local transitions', () => {
  it.each(['PASSWORD', 'PASSWORD_SRP'])(
    'turns a first-factor choice of %s into a local step that keeps the Session',
    (factor) => {
      for (const from of ['SELECT_CHALLENGE', 'WEB_AUTHN'])
        expect(answer(state(from), factor)).toEqual({
          type: 'local',
          response: { ChallengeName: factor, Session: 'S1', ChallengeParameters: {} },
        });
    },
  );

  it.each([
    ['EMAIL', '["EMAIL_OTP"]'],
    ['TOTP', '["SOFTWARE_TOKEN_MFA"]'],
  ])('turns the MFA setup choice %s into a local MFA_SETUP offering only it', (choice, only) => {
    const given = state('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' });
    expect(answer(given, choice)).toEqual({
      type: 'local',
      response: { ChallengeName: 'MFA_SETUP', Session: 'S1', ChallengeParameters: { MFAS_CAN_SETUP: only } },
    });
  });
});

const details = { loginId: 'alice@example.com', authFlowType: 'USER_SRP_AUTH' } as const;
const base = { now: 5000, typedUsername: 'alice@example.com', signInDetails: details };

describe('transitionOnResponse', () => {
  it('signs in when Cognito sends tokens', () => {
    const result = { AccessToken: 'a.b.c' };
    expect(transitionOnResponse({ ...base, response: { AuthenticationResult: result } })).toEqual({
      status: 'signedIn',
      result,
      username: 'alice@example.com',
    });
  });

  it('takes the canonical username from USERNAME, then USER_ID_FOR_SRP', () => {
    const withUsername = transitionOnResponse({
      ...base,
      response: {
        ChallengeName: 'SOFTWARE_TOKEN_MFA',
        Session: 'S',
        ChallengeParameters: { USERNAME: 'u-1', USER_ID_FOR_SRP: 'u-2' },
      },
    });
    const withSrpId = transitionOnResponse({
      ...base,
      response: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 'S', ChallengeParameters: { USER_ID_FOR_SRP: 'u-2' } },
    });
    expect(withUsername.status === 'challenge' && withUsername.state.username).toBe('u-1');
    expect(withSrpId.status === 'challenge' && withSrpId.state.username).toBe('u-2');
  });

  it('builds the state to persist and the step to show', () => {
    const next = transitionOnResponse({
      ...base,
      response: { ChallengeName: 'SELECT_CHALLENGE', Session: 'S2', AvailableChallenges: ['PASSWORD', 'EMAIL_OTP'] },
    });
    expect(next).toEqual({
      status: 'challenge',
      state: {
        username: 'alice@example.com',
        session: 'S2',
        challengeName: 'SELECT_CHALLENGE',
        challengeParameters: {},
        availableChallenges: ['PASSWORD', 'EMAIL_OTP'],
        totpSharedSecret: undefined,
        signInDetails: details,
        startedAt: 5000,
      },
      outcome: {
        nextStep: {
          signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
          availableChallenges: ['PASSWORD', 'EMAIL_OTP'],
        },
      },
    });
  });

  it('keeps the clock of a Session a local step reuses, and restarts it for a new Session', () => {
    const previous: SignInState = {
      username: 'alice',
      session: 'S1',
      challengeName: 'SELECT_CHALLENGE',
      challengeParameters: {},
      signInDetails: details,
      startedAt: 1000,
    };
    const local = transitionOnResponse({ ...base, previous, response: { ChallengeName: 'PASSWORD', Session: 'S1' } });
    const fresh = transitionOnResponse({ ...base, previous, response: { ChallengeName: 'EMAIL_OTP', Session: 'S9' } });
    expect(local.status === 'challenge' && local.state.startedAt).toBe(1000);
    expect(fresh.status === 'challenge' && fresh.state.startedAt).toBe(5000);
  });

  it('keeps the associated TOTP secret only while MFA setup goes on', () => {
    const previous: SignInState = {
      username: 'alice',
      session: 'S1',
      challengeName: 'MFA_SETUP',
      challengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
      totpSharedSecret: 'SECRET',
      signInDetails: details,
      startedAt: 1000,
    };
    const next = transitionOnResponse({ ...base, previous, response: { ChallengeName: 'EMAIL_OTP', Session: 'S2' } });
    expect(next.status === 'challenge' && next.state.totpSharedSecret).toBeUndefined();
  });

  it('refuses a response with neither tokens nor a challenge', () => {
    expect(() => transitionOnResponse({ ...base, response: {} })).toThrow(
      expect.objectContaining({ code: 'SignInException' }),
    );
  });
});

describe('transitionOnAnswer', () => {
  const state: SignInState = {
    username: 'alice',
    session: 'S1',
    challengeName: 'SOFTWARE_TOKEN_MFA',
    challengeParameters: {},
    signInDetails: details,
    startedAt: 0,
  };

  it('refuses an empty answer with EmptyChallengeResponse', () => {
    expect(() => transitionOnAnswer({ state, challengeResponse: '' })).toThrow(
      expect.objectContaining({ code: 'EmptyChallengeResponse' }),
    );
  });

  it('refuses to answer an internal challenge', () => {
    expect(() =>
      transitionOnAnswer({ state: { ...state, challengeName: 'PASSWORD_VERIFIER' }, challengeResponse: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'SignInException' }));
  });
});
