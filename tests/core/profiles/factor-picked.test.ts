import { describe, expect, it } from 'vitest';
import type { SignInNextStep } from '../../../core/auth/index';
import { choiceForFactor, choiceOfStep, factorPicked } from '../../../core/profiles/factor-picked';

const MFA: SignInNextStep = { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', allowedMFATypes: ['TOTP', 'EMAIL'] };
const FIRST: SignInNextStep = {
  signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
  availableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'WEB_AUTHN'],
};

describe('choiceForFactor', () => {
  it('answers an MFA choice with the remembered MFA type when the step offers it', () => {
    expect(choiceForFactor(MFA, 'EMAIL')).toBe('EMAIL');
    expect(choiceForFactor(MFA, 'SMS')).toBeNull();
  });

  it('answers the first-factor choice with Cognito’s name, the password by SRP before the plain one', () => {
    expect(choiceForFactor(FIRST, 'PASSWORD')).toBe('PASSWORD_SRP');
    expect(choiceForFactor(FIRST, 'PASSKEY')).toBe('WEB_AUTHN');
    expect(choiceForFactor(FIRST, 'SMS')).toBeNull();
    expect(choiceForFactor({ signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION' }, 'EMAIL')).toBe('EMAIL_OTP');
  });

  it('is the inverse of factorPicked for every answer a step offers', () => {
    for (const step of [MFA, FIRST]) {
      const offered = 'allowedMFATypes' in step ? step.allowedMFATypes : (step.availableChallenges ?? []);
      for (const answer of offered) {
        const pick = factorPicked(step, answer);
        const back = pick && choiceForFactor(step, pick.factor);
        expect(back && factorPicked(step, back)).toEqual(pick);
      }
    }
  });

  it('answers nothing at a step that is no choice', () => {
    const code: SignInNextStep = { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' };
    expect(choiceForFactor(code, 'TOTP')).toBeNull();
    expect(choiceOfStep(code)).toBeNull();
    expect(choiceOfStep(MFA)).toBe('mfa');
    expect(choiceOfStep(FIRST)).toBe('firstFactor');
  });
});
