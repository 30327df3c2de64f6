import type { CognitoAuthResponse } from './cognito-auth-response';

/**
 * The work a sign-in step asks for, as data: the challenge table and the flow table return these, and
 * `runSignIn` executes them. Secrets in an effect (a password being answered) live only in memory.
 */
export type SignInEffect =
  /** InitiateAuth. `srpPassword` adds SRP_A and keeps the password for the PASSWORD_VERIFIER that follows. */
  | {
      type: 'initiate';
      authFlow: string;
      parameters: Record<string, string>;
      srpPassword?: string;
      withDeviceKey?: boolean;
      session?: string;
    }
  /** RespondToAuthChallenge with the stored Session; the same optional extras as `initiate`. */
  | {
      type: 'respond';
      challengeName: string;
      responses: Record<string, string>;
      srpPassword?: string;
      withDeviceKey?: boolean;
      /** WEB_AUTHN answers go without ClientMetadata (docs/cognito-api.md §2.7). */
      withoutClientMetadata?: boolean;
    }
  /** Answers PASSWORD_VERIFIER with the SRP claim (docs/cognito-api.md §2.2 step 2). */
  | { type: 'passwordVerifier' }
  /** Starts device SRP: RespondToAuthChallenge DEVICE_SRP_AUTH (docs/cognito-api.md §4.1). */
  | { type: 'deviceSrp' }
  /** Answers DEVICE_PASSWORD_VERIFIER with the device's claim (docs/cognito-api.md §4.1). */
  | { type: 'devicePasswordVerifier' }
  /** MFA_SETUP for TOTP: AssociateSoftwareToken with the Session (docs/cognito-api.md §2.8). */
  | { type: 'associateTotp' }
  /** MFA_SETUP for TOTP: VerifySoftwareToken, then RespondToAuthChallenge MFA_SETUP with the new Session. */
  | { type: 'verifyTotp'; code: string; friendlyDeviceName?: string }
  /** WEB_AUTHN: runs the passkey ceremony through the port and answers with the credential (docs/cognito-api.md §7.1). */
  | { type: 'passkey' }
  /** No network: a synthetic response (the local transitions of docs/cognito-api.md §2.10). */
  | { type: 'local'; response: CognitoAuthResponse };
