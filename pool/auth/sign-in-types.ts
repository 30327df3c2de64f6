import type { OperationContext } from '../operations/operation-context';
import type { AppClient, MfaKind, PoolUser, UserPool } from '../state/types';

/** The pool, app client and user one sign-in is about. */
export interface SignInTarget {
  pool: UserPool;
  client: AppClient;
  user: PoolUser;
}

/** SRP values kept between a challenge and its verifier answer (hex strings: the state is JSON). */
export interface SrpState {
  A: string;
  b: string;
  B: string;
  secretBlock: string;
}

/** How the first factor was (or is being) proven. Passwordless factors are not followed by MFA. */
type FirstFactor = 'PASSWORD' | 'PASSWORD_SRP' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN' | 'CUSTOM' | 'SIGN_UP';

/**
 * Everything a flow remembers between challenges; stored as the Session's JSON data. Only the fields of the
 * current step are set.
 */
export interface FlowState {
  authFlow: string;
  firstFactor?: FirstFactor;
  /** DEVICE_KEY the client named for this sign-in. */
  deviceKey?: string;
  /** The user does not exist (existence errors prevented): the challenge is a decoy and must fail. */
  decoy?: boolean;
  srp?: SrpState;
  /** CUSTOM_AUTH: custom challenges answered so far, and failed answers. */
  customRound?: number;
  customFailures?: number;
  /** CUSTOM_AUTH with SRP first: the password step is done. */
  custom?: boolean;
  /** The sign-in code the current OTP/MFA challenge waits for. */
  codePurpose?: 'EMAIL_OTP' | 'SMS_OTP' | 'SMS_MFA' | 'EMAIL_MFA';
  /** MFA_SETUP: TOTP secret handed out through AssociateSoftwareToken {Session}, and whether it was verified. */
  setupSecret?: string;
  setupVerified?: boolean;
  setupFriendlyName?: string;
  /** MFA_SETUP by email: the address the code went to. */
  setupEmail?: string;
  /** WEB_AUTHN: the challenge (base64url) the assertion must sign. */
  webAuthnChallenge?: string;
  /** The MFA kind that was set up or chosen. */
  mfaKind?: MfaKind;
}

/** What InitiateAuth and RespondToAuthChallenge answer. */
export interface AuthResponse {
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters: Record<string, string>;
  AuthenticationResult?: Record<string, unknown>;
  AvailableChallenges?: string[];
}

export type Ctx = OperationContext;
