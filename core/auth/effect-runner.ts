import type { AuthContext } from './auth-context';
import type { CognitoAuthResponse } from './cognito-auth-response';
import type { SignInEffect } from './sign-in-effect';
import { signInException } from './sign-in-exception';
import type { SignInRun } from './sign-in-run';
import type { SignInState } from './sign-in-state';

/** What running an effect gives back: Cognito's (or a synthetic) response, and a TOTP secret when one was issued. */
export type EffectResult = { response: CognitoAuthResponse; totpSharedSecret?: string };

/** Carries out one kind of effect. */
export type EffectRunner<T extends SignInEffect['type']> = (
  context: AuthContext,
  run: SignInRun,
  effect: Extract<SignInEffect, { type: T }>,
) => Promise<EffectResult>;

/** The challenge being answered; an effect that needs one without it means the stored state is broken. */
export function requireState(run: SignInRun): SignInState {
  if (!run.state) throw signInException('Unable to proceed due to invalid sign in state.');
  return run.state;
}
