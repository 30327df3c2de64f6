import { SidekeyError } from '../errors/sidekey-error';

/** Amplify's `SignInException` for a sign-in that cannot go on (unknown challenge, bad state, bad setup answer). */
export function signInException(message: string): SidekeyError {
  return new SidekeyError({ code: 'SignInException', message });
}

/** The error for a challenge no table row handles, worded as Amplify words it (docs/cognito-api.md §2.8). */
export function challengeNotAddressed(challengeName: string): SidekeyError {
  return signInException(
    `An error occurred during the sign in process. ${challengeName} challengeName returned by the underlying service was not addressed.`,
  );
}
