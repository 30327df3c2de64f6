import { SidekeyError } from '../errors/sidekey-error';
import { type ChallengeOutcome, challengeStep } from './challenge-steps';
import type { CognitoAuthenticationResult, CognitoAuthResponse } from './cognito-auth-response';
import type { SignInEffect } from './sign-in-effect';
import { challengeNotAddressed } from './sign-in-exception';
import type { SignInState } from './sign-in-state';
import type { ConfirmSignInInput, SignInDetails } from './sign-in-types';

/** Where a Cognito response leads: signed in, or a new state and what to do about it. */
export type SignInTransition =
  | { status: 'signedIn'; result: CognitoAuthenticationResult; username: string }
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
    throw new SidekeyError({
      code: 'EmptyChallengeResponse',
      message: 'challengeResponse is required to confirmSignIn',
    });
  const row = challengeStep(input.state.challengeName);
  if (!row.answer) throw challengeNotAddressed(input.state.challengeName);
  return row.answer({ state: input.state, answer: input.challengeResponse, options: input.options });
}
