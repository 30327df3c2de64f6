/**
 * The pieces the accounts family's requests are made of (core/profiles/account-messages.ts): the options they take,
 * in Amplify's names, and the summaries they answer to the pages.
 */
import type { AuthFactorType, AuthFlowType } from '../auth/index';
import type { NewPoolInput } from './pool-profile';

/** Amplify's `clientMetadata`: key-value pairs handed to the pool's Lambda triggers (custom challenges among them). */
export type ClientMetadata = Record<string, string>;

/** `auth.signIn` options, Amplify's names. */
export interface SignInOptions {
  authFlowType?: AuthFlowType;
  preferredChallenge?: AuthFactorType;
  clientMetadata?: ClientMetadata;
}

/** `auth.confirmSignIn` options, Amplify's names. */
export interface ConfirmSignInOptions {
  userAttributes?: Record<string, string>;
  friendlyDeviceName?: string;
  clientMetadata?: ClientMetadata;
}

/** What a page shows of a signed-in session: who, until when, and the raw tokens for developers to copy. */
export interface SessionSummary {
  signedIn: boolean;
  username?: string;
  userId?: string;
  expiresAt?: number;
  idToken?: string;
  accessToken?: string;
}

/** Fields of `profiles.add` a refusal may name in its `field`. */
export type PoolInputField = keyof NewPoolInput;

/** One passkey of the signed-in user, as the popup and the options page list it. */
export interface PasskeySummary {
  credentialId: string;
  /** Cognito's FriendlyCredentialName (it names passkeys itself). */
  name: string;
  relyingPartyId?: string;
  /** Epoch milliseconds. */
  createdAt?: number;
  /** Epoch milliseconds of Sidekey's last sign-in with it; Cognito does not report use. */
  lastUsedAt?: number;
  /** `platform` (this device's), `cross-platform` (a security key, a phone), when Cognito knows. */
  authenticatorAttachment?: string;
  transports?: string[];
}

/** Amplify's per-factor MFA preference values for `auth.updateMFAPreference`. */
export type MFAPreference = 'ENABLED' | 'DISABLED' | 'PREFERRED' | 'NOT_PREFERRED';

/** Amplify's `signInWithRedirect` providers: its social names, or a named OIDC/SAML provider (`custom`). */
export type RedirectProviderInput = 'Google' | 'Facebook' | 'Amazon' | 'Apple' | { custom: string };

/** One of the signed-in user's remembered-device records (ListDevices), as the popup lists it. */
export interface DeviceSummary {
  /** Cognito's DeviceKey. */
  id: string;
  /** The name the device gave itself at ConfirmDevice (Cognito has no rename). */
  name?: string;
  /** Whether Cognito skips MFA for it (`dev:device_remembered_status`). */
  remembered: boolean;
  /** Whether it is the device Sidekey signs this pool in as. */
  current: boolean;
  /** Epoch milliseconds. */
  createdAt?: number;
  lastUsedAt?: number;
}
