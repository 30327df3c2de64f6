/**
 * The accounts' message API: request names, inputs, outputs and failure codes of every `profiles.*`, `auth.*` and
 * `site.*` request the worker answers. The worker's handlers (core/profiles/handlers/…, and `site.fillPage` in
 * core/page-access/fill-page-handlers.ts) implement exactly these types and the pages' message client
 * (entrypoints/extension-pages/create-message-client.ts) sends them, so a change on one side that the other does not
 * follow is a compile error. Every request is accepted from extension pages only.
 *
 * Replies travel as `{ok: true, data} | {ok: false, code, message, field?}` (core/messages/reply.ts); `field` names
 * the refused piece of input for `BadMessage`, `InvalidProfile`, `InvalidOrigin`, `UserPoolNotFound` and
 * `AppClientNotFound`. docs/messages.md describes
 * them for people.
 */
import type {
  AuthFactorType,
  AuthFlowType,
  AuthMFAType,
  CodeDeliveryDetails,
  ResetPasswordOutput,
  SignUpOutput,
} from '../auth/index';
import type { PasskeyRelayErrorCode } from '../passkeys/create-passkey-relay';
import type { PasskeyFailureCode } from '../passkeys/passkey-ceremony';
import type { NewPoolInput, PoolCheckOption, PoolProfile } from './pool-profile';

import type { MessageNextStep, MessageSignInOutput } from './to-message-output';

/** Amplify's `clientMetadata`: key-value pairs handed to the pool's Lambda triggers (custom challenges among them). */
type ClientMetadata = Record<string, string>;

/** `auth.signIn` options, Amplify's names. */
interface SignInOptions {
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

/**
 * Failures of `profiles.*`: a refused field, a pool already added, one that is gone, unreadable storage; and from the
 * check with the pool's server (core/profiles/check-pool.ts): no such pool, no such app client, no answer.
 */
type ProfileErrorCode =
  | 'InvalidProfile'
  | 'InvalidOrigin'
  | 'ProfileExists'
  | 'ProfileNotFound'
  | 'StorageCorrupt'
  | 'UserPoolNotFound'
  | 'AppClientNotFound'
  | 'PoolNotChecked';

/** Cognito's exception names the sign-in requests pass on (Cognito API reference, InitiateAuth and friends). */
type CognitoErrorCode =
  | 'NotAuthorizedException'
  | 'UserNotFoundException'
  | 'UsernameExistsException'
  | 'UserNotConfirmedException'
  | 'UserLambdaValidationException'
  | 'InvalidLambdaResponseException'
  | 'CodeMismatchException'
  | 'ExpiredCodeException'
  | 'EnableSoftwareTokenMFAException'
  | 'InvalidPasswordException'
  | 'InvalidParameterException'
  | 'AliasExistsException'
  | 'ResourceNotFoundException'
  | 'TooManyFailedAttemptsException'
  | 'TooManyRequestsException'
  | 'LimitExceededException'
  | 'CodeDeliveryFailureException'
  | 'ForbiddenException'
  | 'InternalErrorException'
  | 'TokenRevokedException'
  | 'RefreshTokenReuseException'
  | 'WebAuthnOriginNotAllowedException'
  | 'WebAuthnRelyingPartyMismatchException'
  | 'UnknownError'
  | 'NetworkError'
  | 'TimeoutError'
  | 'AbortError';

/** The engine's own failures (Amplify's names, and Sidekey's for the 3-minute sign-in and passkeys). */
type EngineErrorCode =
  | 'SignInException'
  | 'SignInSessionExpired'
  | 'UserAlreadyAuthenticatedException'
  | 'UserUnAuthenticatedException'
  | 'IncorrectMFAMethod'
  | 'PasskeyNotSupported'
  | 'RelyingPartyMismatch'
  | 'DeviceMetadataNotFoundException'
  | 'EmptyChallengeResponse'
  | 'AutoSignInException'
  | 'EmptySignUpUsername'
  | 'EmptyConfirmSignUpUsername'
  | 'EmptyConfirmSignUpCode'
  | 'EmptyResetPasswordUsername'
  | 'EmptyConfirmResetPasswordUsername'
  | 'EmptyConfirmResetPasswordNewPassword'
  | 'EmptyConfirmResetPasswordConfirmationCode'
  | 'InvalidJwt';

/**
 * Passkey failures (docs/cognito-api.md §7): the ceremony's in the site's page (Amplify's names), the relay's
 * (no bound site on the relying-party id, no usable tab, out of time), bad options, and Cognito's WebAuthn
 * exceptions beyond the origin and relying-party ones.
 */
type PasskeyErrorCode =
  | PasskeyFailureCode
  | PasskeyRelayErrorCode
  | 'InvalidPasskeyRegistrationOptions'
  | 'InvalidPasskeyAuthenticationOptions'
  | 'WebAuthnChallengeNotFoundException'
  | 'WebAuthnClientMismatchException'
  | 'WebAuthnCredentialNotSupportedException'
  | 'WebAuthnNotEnabledException';

/** Failures of `auth.*`: Cognito's, the engine's, passkeys', and a profile that is gone. */
type AuthErrorCode = CognitoErrorCode | EngineErrorCode | PasskeyErrorCode | 'ProfileNotFound' | 'StorageCorrupt';

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
type MFAPreference = 'ENABLED' | 'DISABLED' | 'PREFERRED' | 'NOT_PREFERRED';

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

/** Failures of the account settings requests beyond the sign-in ones (Amplify's validation names). */
type SettingsErrorCode =
  | 'EmptyVerifyTOTPSetupCode'
  | 'EmptyUpdatePassword'
  | 'SetUpTOTPException'
  | 'SoftwareTokenMFANotFoundException';

/** Failures of `auth.signInWithRedirect` on top of {@link AuthErrorCode}. */
type RedirectErrorCode =
  | 'OAuthNotConfigured'
  | 'OAuthCanceled'
  | 'OAuthSignInException'
  | 'OAuthStateMismatch'
  | 'OAuthRedirectMismatch';

/** The request map: `type` → its input, output and failure codes. Send as `{type, input}`. */
export interface AccountRequests {
  'profiles.list': { input: undefined; output: PoolProfile[]; errors: 'StorageCorrupt' };
  /** Checks the pool and app client with the pool's server first, unless `skipCheck`. */
  'profiles.add': { input: NewPoolInput & PoolCheckOption; output: PoolProfile; errors: ProfileErrorCode };
  /**
   * Replaces a pool's settings (the same input and checks as `profiles.add`, plus its `id`); moving it to another
   * pool, client or endpoint ends its session first, as `profiles.remove` does.
   */
  'profiles.update': {
    input: NewPoolInput & PoolCheckOption & { id: string };
    output: PoolProfile;
    errors: ProfileErrorCode;
  };
  /** Also forgets the pool's tokens, device keys and any sign-in in progress. */
  'profiles.remove': { input: { id: string }; output: undefined; errors: 'ProfileNotFound' | 'StorageCorrupt' };
  'auth.signIn': {
    input: { profileId: string; username: string; password?: string; options?: SignInOptions };
    output: MessageSignInOutput;
    errors: AuthErrorCode;
  };
  'auth.confirmSignIn': {
    input: { profileId: string; challengeResponse: string; options?: ConfirmSignInOptions };
    output: MessageSignInOutput;
    errors: AuthErrorCode;
  };
  /** The sign-in in progress (kept by the worker up to Cognito's 3 minutes), or null when there is none. */
  'auth.pendingSignIn': {
    input: { profileId: string };
    output: { username: string; nextStep: MessageNextStep } | null;
    errors: AuthErrorCode;
  };
  /**
   * The answer to preselect at the sign-in's factor choice (MFA type, MFA set-up type or first factor): the one this
   * account picked last, in the popup or on one of the pool's sites; null when there is no such choice or pick.
   */
  'auth.preferredFactor': { input: { profileId: string }; output: string | null; errors: AuthErrorCode };
  /** Forgets the sign-in in progress. */
  'auth.cancelSignIn': { input: { profileId: string }; output: undefined; errors: AuthErrorCode };
  'auth.signInWithRedirect': {
    input: { profileId: string; provider?: RedirectProviderInput };
    output: { username: string };
    errors: AuthErrorCode | RedirectErrorCode;
  };
  'auth.signOut': { input: { profileId: string; global?: boolean }; output: undefined; errors: AuthErrorCode };
  'auth.session': {
    input: { profileId: string; forceRefresh?: boolean };
    output: SessionSummary;
    errors: AuthErrorCode;
  };
  /**
   * "Sign in on this site": hands the pool's session to the Amplify app in tab `tabId` (one of the pool's sites)
   * and lets go of it here; the tab reloads signed in.
   */
  'auth.signInSite': {
    input: { profileId: string; tabId: number };
    output: { username: string; origin: string };
    errors: AuthErrorCode | 'SiteNotBound' | 'SiteChanged' | 'SiteUnavailable';
  };
  /**
   * "Fill on this page": injects the filler into tab `tabId` (on an https or loopback-http origin bound to an
   * account), whose inline control then offers what is bound there.
   */
  'site.fillPage': {
    input: { tabId: number };
    output: { origin: string };
    errors: 'SiteNotUsable' | 'SiteNotBound' | 'SiteUnavailable' | 'StorageCorrupt' | 'VaultCorrupt';
  };
  /**
   * The user pool an Amplify app in tab `tabId` signed in to (read from the page's storage, unverified, to prefill
   * "Add this site's user pool"), or null when there is none or Sidekey already has that pool and app client.
   */
  'site.discoverPool': {
    input: { tabId: number };
    output: {
      origin: string;
      userPoolId: string;
      userPoolClientId: string;
      region: string;
      userPoolEndpoint?: string;
    } | null;
    errors: 'SiteNotUsable' | 'SiteUnavailable' | 'StorageCorrupt';
  };
  /** The signed-in user's passkeys, oldest first. */
  'auth.listPasskeys': { input: { profileId: string }; output: PasskeySummary[]; errors: AuthErrorCode };
  /** Makes a passkey for the signed-in user, the ceremony in a tab on one of the pool's sites (core/passkeys). */
  'auth.registerPasskey': { input: { profileId: string }; output: undefined; errors: AuthErrorCode };
  'auth.deletePasskey': {
    input: { profileId: string; credentialId: string };
    output: undefined;
    errors: AuthErrorCode;
  };
  /** Creates an account; with `autoSignIn` the worker signs it in once it is confirmed (`auth.autoSignIn`). */
  'auth.signUp': {
    input: {
      profileId: string;
      username: string;
      password: string;
      options?: { userAttributes?: Record<string, string>; clientMetadata?: ClientMetadata; autoSignIn?: boolean };
    };
    output: SignUpOutput;
    errors: AuthErrorCode;
  };
  'auth.confirmSignUp': {
    input: {
      profileId: string;
      username: string;
      confirmationCode: string;
      options?: { clientMetadata?: ClientMetadata };
    };
    output: SignUpOutput;
    errors: AuthErrorCode;
  };
  /** Sends a new sign-up confirmation code; answers where it went. */
  'auth.resendSignUpCode': {
    input: { profileId: string; username: string; options?: { clientMetadata?: ClientMetadata } };
    output: CodeDeliveryDetails;
    errors: AuthErrorCode;
  };
  /** Signs in the account `auth.signUp` made (with `autoSignIn`) and `auth.confirmSignUp` confirmed. */
  'auth.autoSignIn': { input: { profileId: string }; output: MessageSignInOutput; errors: AuthErrorCode };
  /** Sends a password-reset code (ForgotPassword). */
  'auth.resetPassword': {
    input: { profileId: string; username: string; options?: { clientMetadata?: ClientMetadata } };
    output: ResetPasswordOutput;
    errors: AuthErrorCode;
  };
  'auth.confirmResetPassword': {
    input: {
      profileId: string;
      username: string;
      confirmationCode: string;
      newPassword: string;
      options?: { clientMetadata?: ClientMetadata };
    };
    output: undefined;
    errors: AuthErrorCode;
  };
  /** The signed-in user's MFA factors (GetUser): which are enabled and which one is preferred. */
  'auth.fetchMFAPreference': {
    input: { profileId: string };
    output: { enabled: AuthMFAType[]; preferred?: AuthMFAType };
    errors: AuthErrorCode;
  };
  /** Amplify's `updateMFAPreference` (SetUserMFAPreference); factors left out stay as they are. */
  'auth.updateMFAPreference': {
    input: { profileId: string; totp?: MFAPreference; sms?: MFAPreference; email?: MFAPreference };
    output: undefined;
    errors: AuthErrorCode | SettingsErrorCode;
  };
  /** Amplify's `setUpTOTP` (AssociateSoftwareToken): the new secret and its otpauth URI, issuer the pool's label. */
  'auth.setUpTOTP': {
    input: { profileId: string };
    output: { username: string; sharedSecret: string; setupUri: string };
    errors: AuthErrorCode | SettingsErrorCode;
  };
  /** Amplify's `verifyTOTPSetup` (VerifySoftwareToken) with a code of the new authenticator. */
  'auth.verifyTOTPSetup': {
    input: { profileId: string; code: string; friendlyDeviceName?: string };
    output: undefined;
    errors: AuthErrorCode | SettingsErrorCode;
  };
  /** Amplify's `fetchDevices` (ListDevices): the user's devices, oldest first. */
  'auth.fetchDevices': { input: { profileId: string }; output: DeviceSummary[]; errors: AuthErrorCode };
  /** UpdateDeviceStatus for one of the user's devices: remembered (no MFA from it) or not. */
  'auth.updateDeviceStatus': {
    input: { profileId: string; deviceId: string; remembered: boolean };
    output: undefined;
    errors: AuthErrorCode;
  };
  /** Amplify's `forgetDevice` (ForgetDevice); forgetting Sidekey's own device also drops its keys. */
  'auth.forgetDevice': {
    input: { profileId: string; deviceId: string };
    output: undefined;
    errors: AuthErrorCode;
  };
  /** Amplify's `updatePassword` (ChangePassword). */
  'auth.updatePassword': {
    input: { profileId: string; oldPassword: string; newPassword: string };
    output: undefined;
    errors: AuthErrorCode | SettingsErrorCode;
  };
}

export type AccountRequestType = keyof AccountRequests;

/** Every accounts request name, for tables and tests. */
export const ACCOUNT_REQUEST_TYPES = [
  'profiles.list',
  'profiles.add',
  'profiles.update',
  'profiles.remove',
  'auth.signIn',
  'auth.confirmSignIn',
  'auth.pendingSignIn',
  'auth.preferredFactor',
  'auth.cancelSignIn',
  'auth.signInWithRedirect',
  'auth.signOut',
  'auth.session',
  'auth.signInSite',
  'site.fillPage',
  'site.discoverPool',
  'auth.listPasskeys',
  'auth.registerPasskey',
  'auth.deletePasskey',
  'auth.signUp',
  'auth.confirmSignUp',
  'auth.resendSignUpCode',
  'auth.autoSignIn',
  'auth.resetPassword',
  'auth.confirmResetPassword',
  'auth.fetchMFAPreference',
  'auth.updateMFAPreference',
  'auth.setUpTOTP',
  'auth.verifyTOTPSetup',
  'auth.fetchDevices',
  'auth.updateDeviceStatus',
  'auth.forgetDevice',
  'auth.updatePassword',
] as const satisfies readonly AccountRequestType[];
