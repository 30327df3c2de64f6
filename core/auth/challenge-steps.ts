import { SidekeyError } from '../errors/sidekey-error';
import { codeDeliveryFromParameters } from './code-delivery-details';
import { MFA_SETUP_STEP } from './mfa-setup-step';
import { MFA_CHALLENGE_BY_TYPE, parseNameList, toAuthMfaTypes } from './mfa-type-names';
import type { SignInEffect } from './sign-in-effect';
import { challengeNotAddressed } from './sign-in-exception';
import type { SignInState } from './sign-in-state';
import type { AuthMFAType, ConfirmSignInInput, SignInNextStep } from './sign-in-types';

/** What a challenge becomes: a step shown to the user, or more work before there is one. */
export type ChallengeOutcome = { nextStep: SignInNextStep } | { effect: SignInEffect };

/** One row of the table: how a challenge is shown, and how `confirmSignIn`'s answer is sent. */
export type ChallengeStep = {
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
        throw new SidekeyError({
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
