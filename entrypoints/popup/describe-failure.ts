import type { MessageKey, Translate } from '../../components/translator-context';

/**
 * The message (public/_locales) for each failure code the pages show; any other code keeps the worker's own
 * English message (codes are the stable part: docs/i18n.md §2).
 */
const TEXT: Record<string, MessageKey> = {
  VaultWrongPassphrase: 'failure_wrong_passphrase',
  VaultWeakPassphrase: 'failure_weak_passphrase',
  VaultLocked: 'failure_locked',
  VaultUninitialised: 'failure_uninitialised',
  VaultDuplicate: 'failure_duplicate',
  VaultNotFound: 'failure_entry_not_found',
  VaultFull: 'failure_full',
  VaultCorrupt: 'failure_vault_corrupt',
  StorageCorrupt: 'failure_storage_corrupt',
  Unavailable: 'failure_unavailable',
  // User pools (core/profiles)
  ProfileExists: 'failure_profile_exists',
  ProfileNotFound: 'failure_profile_not_found',
  UserPoolNotFound: 'failure_user_pool_not_found',
  AppClientNotFound: 'failure_app_client_not_found',
  PoolNotChecked: 'failure_pool_not_checked',
  // Sign-in (Cognito exception names, as in the API reference, and the engine's own codes)
  CodeMismatchException: 'failure_wrong_code',
  EnableSoftwareTokenMFAException: 'failure_wrong_code',
  ExpiredCodeException: 'failure_expired_code',
  NotAuthorizedException: 'failure_wrong_sign_in',
  UserNotFoundException: 'failure_wrong_sign_in',
  InvalidPasswordException: 'failure_password_rules',
  TooManyFailedAttemptsException: 'failure_too_many_failed',
  LimitExceededException: 'failure_limit_exceeded',
  TooManyRequestsException: 'failure_too_many_requests',
  CodeDeliveryFailureException: 'failure_code_delivery',
  SignInSessionExpired: 'failure_session_expired',
  UserAlreadyAuthenticatedException: 'failure_already_signed_in',
  UserUnAuthenticatedException: 'failure_not_signed_in',
  IncorrectMFAMethod: 'failure_incorrect_mfa_method',
  NetworkError: 'failure_network',
  OAuthCanceled: 'failure_oauth_canceled',
  // Passkeys (core/passkeys): the ceremony runs in a tab on the pool's site.
  PasskeyNotSupported: 'failure_passkey_not_supported',
  PasskeyAuthenticationCanceled: 'failure_passkey_auth_canceled',
  PasskeyRegistrationCanceled: 'failure_passkey_registration_canceled',
  PasskeyAlreadyExists: 'failure_passkey_exists',
  PasskeyNoSite: 'failure_passkey_no_site',
  PasskeyTabUnavailable: 'failure_passkey_tab_unavailable',
  PasskeyTimeout: 'failure_passkey_timeout',
  WebAuthnNotEnabledException: 'failure_webauthn_not_enabled',
  WebAuthnOriginNotAllowedException: 'failure_webauthn_origin',
  WebAuthnRelyingPartyMismatchException: 'failure_webauthn_rp_mismatch',
  OAuthNotConfigured: 'failure_oauth_not_configured',
};

/** Codes after which the sign-in in progress cannot go on: the popup offers to start again. */
export const RESTART_CODES: ReadonlySet<string> = new Set(['SignInSessionExpired']);

/** One place that turns a failed reply into the sentence shown next to the form that caused it. */
export function describeFailure(failure: { code: string; message: string }, t: Translate): string {
  const key = TEXT[failure.code];
  return key ? t(key) : failure.message;
}
