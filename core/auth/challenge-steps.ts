import {
  type AuthMFAType,
  type ConfirmSignInInput,
  codeDeliveryFromParameters,
  createTotpSetupDetails,
  MFA_CHALLENGE_BY_TYPE,
  type SignInDetails,
  type SignInNextStep,
  toAuthMfaTypes,
} from './amplify-shapes';
import { AuthError, signInException } from './auth-error';
import type { AuthenticationResult } from './cognito/cognito-operations';
import type { CognitoAuthResponse, SignInEffect } from './sign-in-requests';
import type { SignInState } from './sign-in-state';

/** The error for a challenge no table row handles, worded as Amplify words it (docs/cognito-api.md §2.8). */
function challengeNotAddressed(challengeName: string): AuthError {
  return signInException(
    `An error occurred during the sign in process. ${challengeName} challengeName returned by the underlying service was not addressed.`,
  );
}

/** Parses a JSON list parameter such as `MFAS_CAN_CHOOSE` (`'["SMS_MFA","SOFTWARE_TOKEN_MFA"]'`); bad JSON → []. */
function parseNameList(json: string | undefined): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** What a challenge becomes: a step shown to the user, or more work before there is one. */
type ChallengeOutcome = { nextStep: SignInNextStep } | { effect: SignInEffect };

/** One row of the table: how a challenge is shown, and how `confirmSignIn`'s answer is sent. */
type ChallengeStep = {
  step(state: SignInState): ChallengeOutcome;
  answer?(input: { state: SignInState; answer: string; options: ConfirmSignInInput['options'] }): SignInEffect;
};

const show = (nextStep: SignInNextStep): ChallengeOutcome => ({ nextStep });
const run = (effect: SignInEffect): ChallengeOutcome => ({ effect });

/** An MFA or OTP code answer: `{ USERNAME, <codeKey>: code }`, plus DEVICE_KEY (docs/cognito-api.md §2.7). */
const codeRow = (challengeName: string, codeKey: string, step: (state: SignInState) => SignInNextStep) => ({
  step: (state: SignInState) => show(step(state)),
  answer: ({ state, answer }: { state: SignInState; answer: string }): SignInEffect => ({
    type: 'respond',
    challengeName,
    responses: { USERNAME: state.username, [codeKey]: answer },
    withDeviceKey: true,
  }),
});

/** SELECT_CHALLENGE's answer: a password factor is a local step (docs/cognito-api.md §2.10), anything else goes to Cognito. */
const selectFirstFactor = ({ state, answer }: { state: SignInState; answer: string }): SignInEffect =>
  answer === 'PASSWORD' || answer === 'PASSWORD_SRP'
    ? { type: 'local', response: { ChallengeName: answer, Session: state.session, ChallengeParameters: {} } }
    : { type: 'respond', challengeName: 'SELECT_CHALLENGE', responses: { USERNAME: state.username, ANSWER: answer } };

const internal = (effect: SignInEffect): ChallengeStep => ({ step: () => run(effect) });

/** The MFA types that can be set up during sign-in: TOTP and EMAIL only, never SMS (docs/cognito-api.md §2.8). */
const setupTypes = (state: SignInState): AuthMFAType[] =>
  toAuthMfaTypes(parseNameList(state.challengeParameters.MFAS_CAN_SETUP)).filter((type) => type !== 'SMS');

/**
 * The MFA_SETUP row of the challenge table (docs/cognito-api.md §2.8, §2.10, §14): choose TOTP or EMAIL when both
 * can be set up, associate a TOTP secret with the Session, verify its first code, or send the email address.
 */
const MFA_SETUP_STEP: ChallengeStep = {
  step: (state) => {
    const types = setupTypes(state);
    if (state.totpSharedSecret && types.includes('TOTP'))
      return {
        nextStep: {
          signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP',
          totpSetupDetails: createTotpSetupDetails({ sharedSecret: state.totpSharedSecret, username: state.username }),
        },
      };
    if (types.length === 2)
      return { nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', allowedMFATypes: types } };
    if (types[0] === 'EMAIL') return { nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP' } };
    if (types[0] === 'TOTP') return { effect: { type: 'associateTotp' } };
    throw signInException(`Cannot initiate MFA setup from available types: ${types.join(', ') || 'none'}`);
  },
  answer: ({ state, answer, options }) => {
    const types = setupTypes(state);
    if (types.length === 2 && (answer === 'TOTP' || answer === 'EMAIL')) {
      const only = JSON.stringify([MFA_CHALLENGE_BY_TYPE[answer]]);
      return {
        type: 'local',
        response: {
          ChallengeName: 'MFA_SETUP',
          Session: state.session,
          ChallengeParameters: { ...state.challengeParameters, MFAS_CAN_SETUP: only },
        },
      };
    }
    if (state.totpSharedSecret && /^\d+$/.test(answer))
      return { type: 'verifyTotp', code: answer, friendlyDeviceName: options?.friendlyDeviceName };
    if (!state.totpSharedSecret && types.includes('EMAIL') && answer.includes('@'))
      return { type: 'respond', challengeName: 'MFA_SETUP', responses: { USERNAME: state.username, EMAIL: answer } };
    throw signInException('Cannot proceed with MFA setup using this challengeResponse.');
  },
};

/**
 * The one table from Cognito challenges to Amplify's next steps and to the request that answers each
 * (docs/cognito-api.md §14). Nothing else in the engine switches on a challenge name.
 */
export const CHALLENGE_STEPS: Readonly<Record<string, ChallengeStep>> = {
  PASSWORD_VERIFIER: internal({ type: 'passwordVerifier' }),
  DEVICE_SRP_AUTH: internal({ type: 'deviceSrp' }),
  DEVICE_PASSWORD_VERIFIER: internal({ type: 'devicePasswordVerifier' }),
  CUSTOM_CHALLENGE: {
    step: (state) =>
      show({ signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', additionalInfo: state.challengeParameters }),
    answer: ({ state, answer }) => ({
      type: 'respond',
      challengeName: 'CUSTOM_CHALLENGE',
      responses: { USERNAME: state.username, ANSWER: answer },
      withDeviceKey: true,
    }),
  },
  NEW_PASSWORD_REQUIRED: {
    step: (state) =>
      show({
        signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED',
        missingAttributes: parseNameList(state.challengeParameters.requiredAttributes).map((name) =>
          name.replace(/^userAttributes\./, ''),
        ),
      }),
    answer: ({ state, answer, options }) => {
      const responses: Record<string, string> = { NEW_PASSWORD: answer, USERNAME: state.username };
      for (const [name, value] of Object.entries(options?.userAttributes ?? {}))
        if (value) responses[`userAttributes.${name}`] = value;
      return { type: 'respond', challengeName: 'NEW_PASSWORD_REQUIRED', responses };
    },
  },
  SMS_MFA: codeRow('SMS_MFA', 'SMS_MFA_CODE', (state) => ({
    signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
    codeDeliveryDetails: codeDeliveryFromParameters(state.challengeParameters),
  })),
  SMS_OTP: codeRow('SMS_OTP', 'SMS_OTP_CODE', (state) => ({
    signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
    codeDeliveryDetails: codeDeliveryFromParameters(state.challengeParameters),
  })),
  EMAIL_OTP: codeRow('EMAIL_OTP', 'EMAIL_OTP_CODE', (state) => ({
    signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
    codeDeliveryDetails: codeDeliveryFromParameters(state.challengeParameters),
  })),
  SOFTWARE_TOKEN_MFA: codeRow('SOFTWARE_TOKEN_MFA', 'SOFTWARE_TOKEN_MFA_CODE', () => ({
    signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE',
  })),
  SELECT_MFA_TYPE: {
    step: (state) =>
      show({
        signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
        allowedMFATypes: toAuthMfaTypes(parseNameList(state.challengeParameters.MFAS_CAN_CHOOSE)),
      }),
    answer: ({ state, answer }) => {
      const challenge = MFA_CHALLENGE_BY_TYPE[answer as AuthMFAType];
      if (!challenge || !Object.hasOwn(MFA_CHALLENGE_BY_TYPE, answer))
        throw new AuthError({
          code: 'IncorrectMFAMethod',
          message: 'Incorrect MFA method was chosen. It should be either SMS, TOTP, or EMAIL',
        });
      return {
        type: 'respond',
        challengeName: 'SELECT_MFA_TYPE',
        responses: { USERNAME: state.username, ANSWER: challenge },
      };
    },
  },
  MFA_SETUP: MFA_SETUP_STEP,
  SELECT_CHALLENGE: {
    step: (state) =>
      show({
        signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
        availableChallenges: state.availableChallenges,
      }),
    answer: selectFirstFactor,
  },
  PASSWORD: {
    step: () => show({ signInStep: 'CONFIRM_SIGN_IN_WITH_PASSWORD' }),
    answer: ({ state, answer }) => ({
      type: 'respond',
      challengeName: 'SELECT_CHALLENGE',
      responses: { ANSWER: 'PASSWORD', USERNAME: state.username, PASSWORD: answer },
    }),
  },
  PASSWORD_SRP: {
    step: () => show({ signInStep: 'CONFIRM_SIGN_IN_WITH_PASSWORD' }),
    answer: ({ state, answer }) => ({
      type: 'respond',
      challengeName: 'SELECT_CHALLENGE',
      responses: { ANSWER: 'PASSWORD_SRP', USERNAME: state.username },
      srpPassword: answer,
    }),
  },
  WEB_AUTHN: { step: () => run({ type: 'passkey' }), answer: selectFirstFactor },
};

/** The table row for a challenge, or Amplify's "not addressed" SignInException. */
export function challengeStep(challengeName: string): ChallengeStep {
  if (!Object.hasOwn(CHALLENGE_STEPS, challengeName)) throw challengeNotAddressed(challengeName);
  return CHALLENGE_STEPS[challengeName]!;
}

/** Where a Cognito response leads: signed in, or a new state and what to do about it. */
type SignInTransition =
  | { status: 'signedIn'; result: AuthenticationResult; username: string }
  | { status: 'challenge'; state: SignInState; outcome: ChallengeOutcome };

/**
 * The pure half of the engine: `(state, Cognito response) → (new state, next step or effect)`. The active
 * username follows Amplify (docs/cognito-api.md §2.1): ChallengeParameters.USERNAME, else USER_ID_FOR_SRP, else
 * the one before. A new Session restarts the 3-minute clock; a local step keeps the old one.
 */
export function transitionOnResponse(input: {
  previous?: SignInState;
  response: CognitoAuthResponse;
  now: number;
  typedUsername: string;
  signInDetails: SignInDetails;
  totpSharedSecret?: string;
}): SignInTransition {
  const { previous, response } = input;
  const parameters = response.ChallengeParameters ?? {};
  const username = parameters.USERNAME ?? parameters.USER_ID_FOR_SRP ?? previous?.username ?? input.typedUsername;
  if (response.AuthenticationResult) return { status: 'signedIn', result: response.AuthenticationResult, username };
  if (!response.ChallengeName) throw challengeNotAddressed('(no challenge)');
  const sameSession = response.Session === undefined || response.Session === previous?.session;
  const sameChallenge = previous?.challengeName === response.ChallengeName;
  const state: SignInState = {
    username,
    session: response.Session ?? previous?.session,
    challengeName: response.ChallengeName,
    challengeParameters: parameters,
    availableChallenges: response.AvailableChallenges ?? previous?.availableChallenges,
    totpSharedSecret: input.totpSharedSecret ?? (sameChallenge ? previous?.totpSharedSecret : undefined),
    signInDetails: input.signInDetails,
    startedAt: sameSession && previous ? previous.startedAt : input.now,
  };
  return { status: 'challenge', state, outcome: challengeStep(state.challengeName).step(state) };
}

/** The pure half of `confirmSignIn`: which request (or local step) answers the stored challenge. */
export function transitionOnAnswer(input: {
  state: SignInState;
  challengeResponse: string;
  options?: ConfirmSignInInput['options'];
}): SignInEffect {
  if (!input.challengeResponse)
    throw new AuthError({
      code: 'EmptyChallengeResponse',
      message: 'challengeResponse is required to confirmSignIn',
    });
  const row = challengeStep(input.state.challengeName);
  if (!row.answer) throw challengeNotAddressed(input.state.challengeName);
  return row.answer({ state: input.state, answer: input.challengeResponse, options: input.options });
}
