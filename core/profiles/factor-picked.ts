import type { AuthFactorType, SignInNextStep } from '../auth/index';
import type { FactorName } from '../page/sign-in-page';
import type { FactorChoice } from '../preferences/create-factor-preferences';

/** Cognito's first-factor names (USER_AUTH) in Sidekey's factor vocabulary (core/page/sign-in-page.ts). */
const FIRST_FACTORS: Record<AuthFactorType, FactorName> = {
  PASSWORD: 'PASSWORD',
  PASSWORD_SRP: 'PASSWORD',
  EMAIL_OTP: 'EMAIL',
  SMS_OTP: 'SMS',
  WEB_AUTHN: 'PASSKEY',
};

/** A factor a person picked, for the preference it makes (core/preferences/create-factor-preferences.ts). */
export interface FactorPick {
  choice: FactorChoice;
  factor: FactorName;
}

/** The first factor `signIn` asked for with `preferredChallenge`, or null when it named none Sidekey knows. */
export function firstFactorPicked(preferredChallenge: string | undefined): FactorPick | null {
  const factor = preferredChallenge && Object.hasOwn(FIRST_FACTORS, preferredChallenge);
  return factor ? { choice: 'firstFactor', factor: FIRST_FACTORS[preferredChallenge as AuthFactorType] } : null;
}

/**
 * What answering `step` with `challengeResponse` picked: an MFA type on an MFA choice (or MFA set-up choice), a
 * first factor on USER_AUTH's factor choice; null for any other step or an answer the step does not offer.
 */
export function factorPicked(step: SignInNextStep, challengeResponse: string): FactorPick | null {
  switch (step.signInStep) {
    case 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION':
    case 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION': {
      const factor = step.allowedMFATypes.find((type) => type === challengeResponse);
      return factor ? { choice: 'mfa', factor } : null;
    }
    case 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION':
      return firstFactorPicked(challengeResponse);
    default:
      return null;
  }
}
