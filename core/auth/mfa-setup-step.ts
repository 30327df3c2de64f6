import type { ChallengeStep } from './challenge-steps';
import { MFA_CHALLENGE_BY_TYPE, parseNameList, toAuthMfaTypes } from './mfa-type-names';
import { signInException } from './sign-in-exception';
import type { SignInState } from './sign-in-state';
import type { AuthMFAType } from './sign-in-types';
import { createTotpSetupDetails } from './totp-setup-details';

/** The MFA types that can be set up during sign-in: TOTP and EMAIL only, never SMS (docs/cognito-api.md §2.8). */
const setupTypes = (state: SignInState): AuthMFAType[] =>
  toAuthMfaTypes(parseNameList(state.challengeParameters.MFAS_CAN_SETUP)).filter((type) => type !== 'SMS');

/**
 * The MFA_SETUP row of the challenge table (docs/cognito-api.md §2.8, §2.10, §14): choose TOTP or EMAIL when both
 * can be set up, associate a TOTP secret with the Session, verify its first code, or send the email address.
 */
export const MFA_SETUP_STEP: ChallengeStep = {
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
