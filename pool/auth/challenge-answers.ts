import { afterPassword } from './after-password';
import { answerCode } from './answer-code';
import { answerDevicePasswordVerifier, answerDeviceSrpAuth } from './answer-device-srp';
import { answerMfaSetup, answerSelectMfaType } from './answer-mfa-choice';
import { answerNewPassword } from './answer-new-password';
import { answerPasswordVerifier } from './answer-password-verifier';
import { answerSelectChallenge } from './answer-select-challenge';
import { answerSoftwareToken } from './answer-software-token';
import { answerCustomChallenge } from './custom-auth-triggers';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';
import { verifyWebAuthnAnswer } from './webauthn-seam';

type Answer = { flow: FlowState; responses: Record<string, string>; challengeName: string };

/** How one RespondToAuthChallenge ChallengeName is answered, and which Session challenges it may answer. */
export interface ChallengeAnswerer {
  sessionChallenges: readonly string[];
  answer(ctx: Ctx, target: SignInTarget, answer: Answer): Promise<AuthResponse> | AuthResponse;
}

const answerWebAuthn: ChallengeAnswerer['answer'] = async (ctx, target, { flow, responses }) => {
  const next: FlowState = { ...flow, firstFactor: 'WEB_AUTHN' };
  await verifyWebAuthnAnswer(ctx, target, { credential: responses.CREDENTIAL ?? '', flow: next });
  return afterPassword(ctx, target, next);
};

/** The one table of answerable challenges (RespondToAuthChallenge ChallengeName → answerer). */
export const challengeAnswers: Record<string, ChallengeAnswerer> = {
  PASSWORD_VERIFIER: { sessionChallenges: ['PASSWORD_VERIFIER'], answer: answerPasswordVerifier },
  SMS_MFA: { sessionChallenges: ['SMS_MFA'], answer: answerCode },
  EMAIL_OTP: { sessionChallenges: ['EMAIL_OTP'], answer: answerCode },
  SMS_OTP: { sessionChallenges: ['SMS_OTP'], answer: answerCode },
  SOFTWARE_TOKEN_MFA: { sessionChallenges: ['SOFTWARE_TOKEN_MFA'], answer: answerSoftwareToken },
  SELECT_MFA_TYPE: { sessionChallenges: ['SELECT_MFA_TYPE'], answer: answerSelectMfaType },
  MFA_SETUP: { sessionChallenges: ['MFA_SETUP'], answer: answerMfaSetup },
  NEW_PASSWORD_REQUIRED: { sessionChallenges: ['NEW_PASSWORD_REQUIRED'], answer: answerNewPassword },
  CUSTOM_CHALLENGE: {
    sessionChallenges: ['CUSTOM_CHALLENGE'],
    answer: (ctx, target, { flow, responses }) =>
      answerCustomChallenge(ctx, target, { flow, answer: responses.ANSWER }),
  },
  SELECT_CHALLENGE: { sessionChallenges: ['SELECT_CHALLENGE', 'WEB_AUTHN'], answer: answerSelectChallenge },
  WEB_AUTHN: { sessionChallenges: ['WEB_AUTHN'], answer: answerWebAuthn },
  DEVICE_SRP_AUTH: { sessionChallenges: ['DEVICE_SRP_AUTH'], answer: answerDeviceSrpAuth },
  DEVICE_PASSWORD_VERIFIER: { sessionChallenges: ['DEVICE_PASSWORD_VERIFIER'], answer: answerDevicePasswordVerifier },
};
