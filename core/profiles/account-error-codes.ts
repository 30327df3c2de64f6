/**
 * The accounts family's failure codes (core/profiles/account-messages.ts): which `code` each `profiles.*`, `auth.*`
 * and `site.*` request may answer besides the codes every request may (docs/messages.md §2).
 */
import type { PasskeyRelayErrorCode } from '../passkeys/create-passkey-relay';
import type { PasskeyFailureCode } from '../passkeys/passkey-ceremony';

/**
 * Failures of `profiles.*`: a refused field, a pool already added, one that is gone, unreadable storage; and from the
 * check with the pool's server (core/profiles/check-pool.ts): no such pool, no such app client, no answer.
 */
export type ProfileErrorCode =
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
export type AuthErrorCode =
  | CognitoErrorCode
  | EngineErrorCode
  | PasskeyErrorCode
  | 'ProfileNotFound'
  | 'StorageCorrupt';

/** Failures of the account settings requests beyond the sign-in ones (Amplify's validation names). */
export type SettingsErrorCode =
  | 'EmptyVerifyTOTPSetupCode'
  | 'EmptyUpdatePassword'
  | 'SetUpTOTPException'
  | 'SoftwareTokenMFANotFoundException';

/** Failures of `auth.signInWithRedirect` on top of {@link AuthErrorCode}. */
export type RedirectErrorCode =
  | 'OAuthNotConfigured'
  | 'OAuthCanceled'
  | 'OAuthSignInException'
  | 'OAuthStateMismatch'
  | 'OAuthRedirectMismatch';
