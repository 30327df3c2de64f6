/**
 * The accounts' message API: request names, inputs, outputs and failure codes of every `profiles.*`, `auth.*` and
 * `site.*` request the worker answers. The worker's handlers (core/profiles/handlers/…, and `site.fillPage` in
 * core/page-access/fill-page-handlers.ts) implement exactly these types and the pages' message client
 * (entrypoints/extension-pages/create-message-client.ts) sends them, so a change on one side that the other does not
 * follow is a compile error. Every request is accepted from extension pages only.
 *
 * Replies travel as `{ok: true, data} | {ok: false, code, message, field?}` (core/messages/reply.ts); `field` names
 * the refused piece of input for `BadMessage`, `InvalidProfile`, `InvalidOrigin`, `UserPoolNotFound` and
 * `AppClientNotFound`. The options and summaries the requests are made of are in account-message-shapes.ts, their
 * failure codes in account-error-codes.ts; docs/messages.md describes them for people.
 */
import type { AuthMFAType, CodeDeliveryDetails, ResetPasswordOutput, SignUpOutput } from '../auth/index';
import type { AuthErrorCode, ProfileErrorCode, RedirectErrorCode, SettingsErrorCode } from './account-error-codes';
import type {
  ClientMetadata,
  ConfirmSignInOptions,
  DeviceSummary,
  MFAPreference,
  PasskeySummary,
  RedirectProviderInput,
  SessionSummary,
  SignInOptions,
} from './account-message-shapes';
import type { NewPoolInput, PoolCheckOption, PoolProfile } from './pool-profile';
import type { MessageNextStep, MessageSignInOutput } from './to-message-output';

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
  /**
   * Creates an account; with `autoSignIn` the worker signs it in once it is confirmed (`auth.autoSignIn`): `true`
   * for the default sign-in (SRP), or, as in Amplify, the sign-in options to use then.
   */
  'auth.signUp': {
    input: {
      profileId: string;
      username: string;
      password: string;
      options?: {
        userAttributes?: Record<string, string>;
        clientMetadata?: ClientMetadata;
        autoSignIn?: boolean | SignInOptions;
      };
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
