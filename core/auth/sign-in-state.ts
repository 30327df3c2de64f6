import type { SignInDetails } from './sign-in-types';

/**
 * A sign-in in progress, between a challenge and the answer to it. It is everything `confirmSignIn` needs to go
 * on in a fresh worker: never the password or the SRP secret (those live only inside one call).
 */
export type SignInState = {
  /** Cognito's canonical username (ChallengeParameters.USERNAME ?? USER_ID_FOR_SRP ?? what was typed). */
  username: string;
  /** Cognito's Session for the current challenge; empty for the local-only steps that keep the old one. */
  session?: string;
  /** The challenge being answered, as Cognito names it (or PASSWORD / PASSWORD_SRP for the local steps). */
  challengeName: string;
  /** The challenge's public parameters (code delivery, MFA lists, custom Lambda parameters, passkey options). */
  challengeParameters: Record<string, string>;
  /** USER_AUTH's top-level AvailableChallenges, kept so a resumed sign-in still lists them. */
  availableChallenges?: string[];
  /** The TOTP secret Cognito handed out during MFA setup (AssociateSoftwareToken), shown again on resume. */
  totpSharedSecret?: string;
  signInDetails: SignInDetails;
  /** When Cognito issued the current Session (ms since the epoch, from the injected clock). */
  startedAt: number;
};

/**
 * How long a Session lives: Cognito's default `AuthSessionValidity` of 3 minutes (AWS docs, "UserPoolClientType
 * AuthSessionValidity": 3–15 minutes, default 3).
 */
export const SIGN_IN_SESSION_MS = 3 * 60 * 1000;
