import type { AuthFactorType, SignInNextStep } from '../auth/index';
import type { FactorName } from '../page/sign-in-page';
import type { FactorChoice } from '../preferences/create-factor-preferences';

/** Cognito's first-factor names (USER_AUTH) in Sidekey's factor vocabulary (core/page/sign-in-page.ts). */
const FIRST_FACTORS: Record<AuthFactorType, FactorName> = {
  PASSWORD_SRP: 'PASSWORD',
  PASSWORD: 'PASSWORD',
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

/** The first factors a factor choice offers when Cognito's list is not known (docs/cognito-api.md §2.8). */
export const ALL_FIRST_FACTORS: readonly string[] = ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP', 'SMS_OTP'];

/**
 * The answer of `step` that stands for `factor` (the inverse of {@link factorPicked}): the MFA type itself on an MFA
 * choice, Cognito's first factor on the first-factor choice (the password by SRP when both password flows are
 * offered); null when the step offers no such answer or is no choice.
 */
export function choiceForFactor(step: SignInNextStep, factor: FactorName): string | null {
  switch (step.signInStep) {
    case 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION':
    case 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION':
      return step.allowedMFATypes.find((type) => type === factor) ?? null;
    case 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION': {
      const offered = step.availableChallenges ?? ALL_FIRST_FACTORS;
      // Object keys keep their written order, so PASSWORD_SRP comes before PASSWORD.
      const answers = (Object.keys(FIRST_FACTORS) as AuthFactorType[]).filter((name) => FIRST_FACTORS[name] === factor);
      return answers.find((answer) => offered.includes(answer)) ?? null;
    }
    default:
      return null;
  }
}

/** Which remembered choice a step answers, or null when it is no factor choice. */
export function choiceOfStep(step: SignInNextStep): FactorChoice | null {
  if (step.signInStep === 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION') return 'firstFactor';
  const mfa = ['CONTINUE_SIGN_IN_WITH_MFA_SELECTION', 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION'];
  return mfa.includes(step.signInStep) ? 'mfa' : null;
}
