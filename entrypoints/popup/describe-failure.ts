/** People-facing text for failure codes the pages show; anything else keeps the worker's own message. */
const TEXT: Record<string, string> = {
  VaultWrongPassphrase: 'That passphrase is not right. Check it and try again.',
  VaultWeakPassphrase: 'That passphrase is too short.',
  VaultLocked: 'Sidekey is locked. Unlock it first.',
  VaultUninitialised: 'Set a passphrase first (open the Sidekey popup).',
  VaultDuplicate: 'That entry is already in Sidekey.',
  VaultNotFound: 'That entry no longer exists.',
  VaultFull: 'The browser has no room left for Sidekey’s data.',
  VaultCorrupt: 'Some of Sidekey’s stored data failed its integrity check. Nothing was changed.',
  StorageCorrupt: 'Sidekey’s saved user pools could not be read. Nothing was changed.',
  Unavailable: 'Sidekey’s background worker could not be reached. Try again.',
  // User pools (core/profiles)
  ProfileExists: 'This user pool and app client are already in Sidekey.',
  ProfileNotFound: 'That user pool is no longer in Sidekey.',
  // Sign-in (Cognito exception names, as in the API reference, and the engine's own codes)
  CodeMismatchException: 'That code is not right.',
  EnableSoftwareTokenMFAException: 'That code is not right.',
  ExpiredCodeException: 'That code has expired. Use the newest one.',
  NotAuthorizedException: 'The username or password is not right.',
  UserNotFoundException: 'The username or password is not right.',
  InvalidPasswordException: 'That password does not meet the pool’s password rules.',
  TooManyFailedAttemptsException: 'Too many wrong attempts. Wait a while, then try again.',
  LimitExceededException: 'Too many attempts. Wait a while, then try again.',
  TooManyRequestsException: 'Too many requests. Wait a moment, then try again.',
  CodeDeliveryFailureException: 'The code could not be sent. Try another way.',
  SignInSessionExpired: 'The sign-in expired; start again.',
  UserAlreadyAuthenticatedException: 'You are already signed in to this pool.',
  UserUnAuthenticatedException: 'You are not signed in to this pool.',
  IncorrectMFAMethod: 'Choose one of the offered methods.',
  NetworkError: 'The user pool could not be reached. Check the endpoint and your connection.',
  OAuthCanceled: 'The hosted sign-in was closed before it finished.',
  // Passkeys (core/passkeys): the ceremony runs in a tab on the pool's site.
  PasskeyNotSupported: 'This browser cannot use passkeys on the pool’s site. Choose another way to sign in.',
  PasskeyAuthenticationCanceled: 'The passkey sign-in was cancelled or timed out. Try again, or choose another way.',
  PasskeyRegistrationCanceled: 'Adding the passkey was cancelled or timed out.',
  PasskeyAlreadyExists: 'This device already holds a passkey for this account.',
  PasskeyNoSite: 'None of this pool’s sites can use its passkeys. Add the pool’s site in Settings.',
  PasskeyTabUnavailable: 'The pool’s site could not be used for the passkey. Open the site, then try again.',
  PasskeyTimeout: 'The passkey was not used in time. Try again.',
  WebAuthnNotEnabledException: 'This user pool does not allow passkeys.',
  WebAuthnOriginNotAllowedException: 'The user pool does not accept passkeys from this site.',
  WebAuthnRelyingPartyMismatchException: 'That passkey belongs to another site.',
  OAuthNotConfigured: 'This pool has no hosted sign-in page set up.',
};

/** Codes after which the sign-in in progress cannot go on: the popup offers to start again. */
export const RESTART_CODES: ReadonlySet<string> = new Set(['SignInSessionExpired']);

/** One place that turns a failed reply into the sentence shown next to the form that caused it. */
export function describeFailure(failure: { code: string; message: string }): string {
  return TEXT[failure.code] ?? failure.message;
}
