import type { MessageKey, Translate } from '../../components/translator-context';
import type { SidekeyErrorCode } from '../../core/errors/sidekey-error';
import type { PoolInputField } from '../../core/profiles/account-message-shapes';
import type { VaultErrorCode } from '../../core/vault/vault-messages';
import type { MessageErrorCode, MessageType } from '../extension-pages/create-message-client';

/**
 * Every failure code a page can meet: each request's in the vault and account contracts (the router's and the
 * transport's included), the vault's item codes an import reports, and core's own (docs/i18n.md §2).
 */
export type FailureCode = MessageErrorCode<MessageType> | VaultErrorCode | SidekeyErrorCode;

/** The message (public/_locales) for each failure code: a code without words does not compile. */
const TEXT: Record<FailureCode, MessageKey> = {
  // The router's, the transport's and core's own (core/messages, core/errors)
  BadMessage: 'failure_bad_message',
  ForbiddenSender: 'failure_forbidden_sender',
  UnknownRequest: 'failure_unknown_request',
  Internal: 'failure_internal',
  Unavailable: 'failure_unavailable',
  // The vault (core/vault), its codes and imports
  VaultWrongPassphrase: 'failure_wrong_passphrase',
  VaultWeakPassphrase: 'failure_weak_passphrase',
  VaultLocked: 'failure_locked',
  VaultUninitialised: 'failure_uninitialised',
  VaultAlreadyInitialised: 'failure_already_initialised',
  VaultDuplicate: 'failure_duplicate',
  VaultNotFound: 'failure_entry_not_found',
  VaultBadOrigin: 'failure_invalid_origin',
  VaultNotHotp: 'failure_not_hotp',
  VaultFull: 'failure_full',
  VaultCorrupt: 'failure_vault_corrupt',
  VaultVersionTooNew: 'failure_vault_too_new',
  VaultUnavailable: 'failure_vault_unavailable',
  OtpUriBadFormat: 'failure_otp_bad_format',
  OtpUriBadScheme: 'failure_otp_bad_scheme',
  OtpUriBadType: 'failure_otp_bad_type',
  OtpUriBadLabel: 'failure_otp_bad_label',
  OtpUriMissingSecret: 'failure_otp_missing_secret',
  OtpUriBadSecret: 'failure_otp_bad_secret',
  OtpUriBadDigits: 'failure_otp_bad_digits',
  OtpUriBadPeriod: 'failure_otp_bad_period',
  OtpUriBadCounter: 'failure_otp_bad_counter',
  OtpUriBadAlgorithm: 'failure_otp_bad_algorithm',
  MigrationBadPayload: 'failure_migration_bad_payload',
  MigrationUnsupported: 'failure_migration_unsupported',
  BackupBadFormat: 'failure_backup_bad_format',
  BackupUnsupportedVersion: 'failure_backup_too_new',
  BackupKdfTooCostly: 'failure_backup_too_costly',
  QrNotFound: 'failure_qr_not_found',
  QrBadPixels: 'failure_file_not_image',
  StorageCorrupt: 'failure_storage_corrupt',
  // User pools (core/profiles); InvalidProfile is worded by its field, below
  InvalidProfile: 'failure_invalid_profile',
  InvalidOrigin: 'failure_invalid_origin',
  ProfileExists: 'failure_profile_exists',
  ProfileNotFound: 'failure_profile_not_found',
  UserPoolNotFound: 'failure_user_pool_not_found',
  AppClientNotFound: 'failure_app_client_not_found',
  PoolNotChecked: 'failure_pool_not_checked',
  // Sign-in: Cognito's exception names, as in the API reference
  NotAuthorizedException: 'failure_wrong_sign_in',
  UserNotFoundException: 'failure_wrong_sign_in',
  UsernameExistsException: 'failure_username_exists',
  UserNotConfirmedException: 'failure_not_confirmed',
  UserLambdaValidationException: 'failure_lambda_refused',
  InvalidLambdaResponseException: 'failure_lambda_bad_answer',
  CodeMismatchException: 'failure_wrong_code',
  EnableSoftwareTokenMFAException: 'failure_wrong_code',
  ExpiredCodeException: 'failure_expired_code',
  InvalidPasswordException: 'failure_password_rules',
  InvalidParameterException: 'failure_invalid_parameter',
  AliasExistsException: 'failure_alias_exists',
  ResourceNotFoundException: 'failure_resource_not_found',
  TooManyFailedAttemptsException: 'failure_too_many_failed',
  TooManyRequestsException: 'failure_too_many_requests',
  LimitExceededException: 'failure_limit_exceeded',
  CodeDeliveryFailureException: 'failure_code_delivery',
  ForbiddenException: 'failure_pool_forbidden',
  InternalErrorException: 'failure_pool_internal',
  TokenRevokedException: 'failure_token_revoked',
  RefreshTokenReuseException: 'failure_refresh_reused',
  UnknownError: 'failure_pool_unknown',
  NetworkError: 'failure_network',
  TimeoutError: 'failure_timeout',
  AbortError: 'failure_aborted',
  // Sign-in: the engine's own (Amplify's names, and Sidekey's)
  SignInException: 'failure_sign_in_stuck',
  SignInSessionExpired: 'failure_session_expired',
  UserAlreadyAuthenticatedException: 'failure_already_signed_in',
  UserUnAuthenticatedException: 'failure_not_signed_in',
  IncorrectMFAMethod: 'failure_incorrect_mfa_method',
  DeviceMetadataNotFoundException: 'failure_device_unknown',
  EmptyChallengeResponse: 'failure_empty_answer',
  AutoSignInException: 'failure_auto_sign_in',
  EmptySignUpUsername: 'failure_empty_username',
  EmptyConfirmSignUpUsername: 'failure_empty_username',
  EmptyResetPasswordUsername: 'failure_empty_username',
  EmptyConfirmResetPasswordUsername: 'failure_empty_username',
  EmptyConfirmSignUpCode: 'failure_empty_code',
  EmptyConfirmResetPasswordConfirmationCode: 'failure_empty_code',
  EmptyVerifyTOTPSetupCode: 'failure_empty_code',
  EmptyConfirmResetPasswordNewPassword: 'failure_empty_new_password',
  EmptyUpdatePassword: 'failure_empty_passwords',
  InvalidJwt: 'failure_invalid_jwt',
  // Account settings
  SetUpTOTPException: 'failure_totp_setup',
  SoftwareTokenMFANotFoundException: 'failure_no_totp',
  // The hosted sign-in (auth.signInWithRedirect)
  OAuthNotConfigured: 'failure_oauth_not_configured',
  OAuthCanceled: 'failure_oauth_canceled',
  OAuthSignInException: 'failure_oauth_failed',
  OAuthStateMismatch: 'failure_oauth_state',
  OAuthRedirectMismatch: 'failure_oauth_redirect',
  // Passkeys (core/passkeys): the ceremony runs in a tab on the pool's site
  PasskeyNotSupported: 'failure_passkey_not_supported',
  PasskeyAuthenticationCanceled: 'failure_passkey_auth_canceled',
  PasskeyRegistrationCanceled: 'failure_passkey_registration_canceled',
  PasskeyAlreadyExists: 'failure_passkey_exists',
  PasskeyOperationAborted: 'failure_passkey_aborted',
  PasskeyRetrievalFailed: 'failure_passkey_retrieval',
  PasskeyRegistrationFailed: 'failure_passkey_registration',
  RelyingPartyMismatch: 'failure_webauthn_rp_mismatch',
  PasskeyNoSite: 'failure_passkey_no_site',
  PasskeyTabUnavailable: 'failure_passkey_tab_unavailable',
  PasskeyTimeout: 'failure_passkey_timeout',
  InvalidPasskeyRegistrationOptions: 'failure_passkey_bad_options',
  InvalidPasskeyAuthenticationOptions: 'failure_passkey_bad_options',
  WebAuthnNotEnabledException: 'failure_webauthn_not_enabled',
  WebAuthnOriginNotAllowedException: 'failure_webauthn_origin',
  WebAuthnRelyingPartyMismatchException: 'failure_webauthn_rp_mismatch',
  WebAuthnChallengeNotFoundException: 'failure_webauthn_challenge',
  WebAuthnClientMismatchException: 'failure_webauthn_client',
  WebAuthnCredentialNotSupportedException: 'failure_webauthn_credential',
  // The active tab (auth.signInSite, site.fillPage, site.discoverPool)
  SiteNotUsable: 'failure_site_not_usable',
  SiteNotBound: 'failure_site_not_bound',
  SiteChanged: 'failure_site_changed',
  SiteUnavailable: 'failure_site_unavailable',
};

/** InvalidProfile by the field it names (`origins.2` is the sites): what that setting must look like. */
const INVALID_FIELD: Record<PoolInputField, MessageKey> = {
  label: 'failure_invalid_label',
  userPoolId: 'failure_invalid_user_pool_id',
  userPoolClientId: 'failure_invalid_client_id',
  userPoolEndpoint: 'failure_invalid_endpoint',
  region: 'failure_invalid_region',
  origins: 'failure_invalid_origin',
  hostedUiDomain: 'failure_invalid_hosted_ui',
  scopes: 'failure_invalid_scopes',
  passwordPolicy: 'failure_invalid_password_policy',
};

const fieldKey = (field: string | undefined): MessageKey | undefined => {
  const top = field?.split('.')[0];
  return top !== undefined && Object.hasOwn(INVALID_FIELD, top) ? INVALID_FIELD[top as PoolInputField] : undefined;
};

/** Codes after which the sign-in in progress cannot go on: the popup offers to start again. */
export const RESTART_CODES: ReadonlySet<string> = new Set(['SignInSessionExpired']);

/**
 * One place that turns a failed reply into the sentence shown next to the form that caused it, in the browser's
 * language. A code outside {@link FailureCode} (a newer worker's) keeps the worker's English message.
 */
export function describeFailure(failure: { code: string; message: string; field?: string }, t: Translate): string {
  const key =
    (failure.code === 'InvalidProfile' && fieldKey(failure.field)) ||
    (Object.hasOwn(TEXT, failure.code) ? TEXT[failure.code as FailureCode] : undefined);
  return key ? t(key) : failure.message;
}
