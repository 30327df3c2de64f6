/**
 * The local pool's state. Every record is plain JSON (no Dates, Maps or class instances) so that the whole
 * state can be written to the data file as is. Times are epoch milliseconds unless a name says otherwise.
 * Other engineers (pool-auth, WebAuthn/hosted UI) may add optional fields; keep new fields optional so old
 * data files still load.
 */

/** `EXTERNAL_PROVIDER`: a user made by a sign-in through an identity provider (pool/federation/), no password. */
export type UserStatus = 'UNCONFIRMED' | 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD' | 'RESET_REQUIRED' | 'EXTERNAL_PROVIDER';
export type MfaConfiguration = 'OFF' | 'ON' | 'OPTIONAL';
export type DeliveryMedium = 'EMAIL' | 'SMS';
export type MfaKind = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';
/** First factors of choice-based sign-in (USER_AUTH). */
export type FirstAuthFactor = 'PASSWORD' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';

export interface PasswordPolicy {
  MinimumLength: number;
  RequireUppercase: boolean;
  RequireLowercase: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
  TemporaryPasswordValidityDays: number;
}

export interface SchemaAttribute {
  Name: string;
  AttributeDataType: 'String' | 'Number' | 'DateTime' | 'Boolean';
  Mutable: boolean;
  Required: boolean;
  DeveloperOnlyAttribute?: boolean;
  StringAttributeConstraints?: { MinLength?: string; MaxLength?: string };
  NumberAttributeConstraints?: { MinValue?: string; MaxValue?: string };
}

interface DeviceConfiguration {
  ChallengeRequiredOnNewDevice: boolean;
  DeviceOnlyRememberedOnUserPrompt: boolean;
}

/**
 * A custom-auth "trigger": Cognito calls Lambda functions; the local pool offers named built-in behaviours.
 * `none`: CUSTOM_AUTH is refused as when no Define trigger exists. `code-challenge`: one CUSTOM_CHALLENGE whose
 * answer is a code sent to the outbox. `secret-answer`: the answer must equal `answer` (optionally after SRP).
 */
interface CustomAuthConfig {
  mode: 'none' | 'code-challenge' | 'secret-answer';
  answer?: string;
  /** Ask for the password (SRP_A/PASSWORD_VERIFIER) before the custom challenge. */
  srpFirst?: boolean;
  /** `secret-answer`: how many CUSTOM_CHALLENGE rounds must be answered (default 1; pool-auth). */
  rounds?: number;
}

/** Mirrors the CreateUserPool input fields the local pool supports. */
export interface UserPoolConfig {
  Policies: {
    PasswordPolicy: PasswordPolicy;
    SignInPolicy: { AllowedFirstAuthFactors: FirstAuthFactor[] };
  };
  MfaConfiguration: MfaConfiguration;
  SmsMfaEnabled: boolean;
  SoftwareTokenMfaEnabled: boolean;
  EmailMfaEnabled: boolean;
  /** SmsMfaConfiguration.SmsAuthenticationMessage / EmailMfaConfiguration.{Message,Subject}, kept for Describe. */
  SmsAuthenticationMessage?: string;
  EmailMfaMessage?: string;
  EmailMfaSubject?: string;
  AutoVerifiedAttributes: ('email' | 'phone_number')[];
  UsernameAttributes?: ('email' | 'phone_number')[];
  AliasAttributes?: ('email' | 'phone_number' | 'preferred_username')[];
  UsernameConfiguration: { CaseSensitive: boolean };
  DeviceConfiguration?: DeviceConfiguration;
  WebAuthnRelyingPartyID?: string;
  WebAuthnUserVerification?: 'required' | 'preferred';
  Schema: SchemaAttribute[];
  AdminCreateUserConfig: {
    AllowAdminCreateUserOnly: boolean;
    UnusedAccountValidityDays?: number;
  };
  /** Where ForgotPassword sends codes; absent: verified phone, then verified email. */
  AccountRecoverySetting?: {
    RecoveryMechanisms: { Name: 'verified_email' | 'verified_phone_number' | 'admin_only'; Priority: number }[];
  };
  UserPoolTier?: 'LITE' | 'ESSENTIALS' | 'PLUS';
  DeletionProtection?: 'ACTIVE' | 'INACTIVE';
  CustomAuth: CustomAuthConfig;
}

/** The pool's RS256 signing key (JWK form, JSON-serialisable). */
export interface SigningKey {
  kid: string;
  privateJwk: JsonWebKeyRecord;
  publicJwk: JsonWebKeyRecord;
}

export type JsonWebKeyRecord = Record<string, string>;

export type TokenValidityUnit = 'seconds' | 'minutes' | 'hours' | 'days';

export interface AppClient {
  ClientId: string; // 26 chars, lower-case alphanumeric
  ClientName: string;
  ClientSecret?: string;
  UserPoolId: string;
  ExplicitAuthFlows: string[];
  /** Validities in the units of TokenValidityUnits (defaults: access/id 60 minutes, refresh 30 days). */
  AccessTokenValidity: number;
  IdTokenValidity: number;
  RefreshTokenValidity: number;
  TokenValidityUnits: { AccessToken: TokenValidityUnit; IdToken: TokenValidityUnit; RefreshToken: TokenValidityUnit };
  AuthSessionValidity: number; // minutes, 3..15 (default 3)
  EnableTokenRevocation: boolean;
  /** RefreshTokenRotation.Feature: ENABLED makes GetTokensFromRefreshToken return a new refresh token. */
  RefreshTokenRotation: { Feature: 'ENABLED' | 'DISABLED'; RetryGracePeriodSeconds: number };
  PreventUserExistenceErrors: 'ENABLED' | 'LEGACY';
  EnablePropagateAdditionalUserContextData?: boolean;
  ReadAttributes?: string[];
  WriteAttributes?: string[];
  CallbackURLs: string[];
  LogoutURLs: string[];
  DefaultRedirectURI?: string;
  SupportedIdentityProviders: string[];
  AllowedOAuthFlows: string[];
  AllowedOAuthScopes: string[];
  AllowedOAuthFlowsUserPoolClient: boolean;
  CreationDate: number;
  LastModifiedDate: number;
}

interface PasswordRecord {
  /** SRP salt, hex (16 random bytes). */
  salt: string;
  /** SRP verifier v = g^x mod N, hex. */
  verifier: string;
  /** The identifier the verifier was computed with (USER_ID_FOR_SRP): the username, or the sub in email/phone-username pools. */
  userIdForSrp: string;
  /** `scrypt$<N>$<r>$<p>$<salt b64>$<hash b64>` for USER_PASSWORD_AUTH and ChangePassword. */
  hash: string;
  /** When a FORCE_CHANGE_PASSWORD temporary password stops working. */
  temporaryExpiresAt?: number;
  setAt: number;
}

export interface UserMfaSettings {
  preferred?: MfaKind;
  smsEnabled: boolean;
  totpEnabled: boolean;
  emailEnabled: boolean;
  /** Verified TOTP secret (base32). */
  totpSecret?: string;
  /** Secret handed out by AssociateSoftwareToken and not yet verified (base32). */
  pendingTotpSecret?: string;
  totpFriendlyName?: string;
  /** RFC 6238 time step of the last TOTP code accepted; codes of this or earlier steps are refused (pool-auth). */
  lastTotpStep?: number;
}

/** A remembered/tracked device (pool-auth owns the semantics; fields may grow). */
export interface DeviceRecord {
  deviceKey: string; // `<region>_<uuid>`
  deviceGroupKey: string;
  salt?: string; // device SRP
  verifier?: string;
  name?: string;
  status: 'remembered' | 'not_remembered';
  attributes?: Record<string, string>;
  createdAt: number;
  lastAuthenticatedAt?: number;
  updatedAt: number;
  [extra: string]: unknown;
}

/** A passkey (the WebAuthn engineer owns the semantics; fields may grow). */
export interface WebAuthnCredentialRecord {
  credentialId: string; // base64url
  publicKey: string; // base64url COSE key
  counter: number;
  friendlyName?: string;
  relyingPartyId: string;
  transports?: string[];
  authenticatorAttachment?: string;
  createdAt: number;
  [extra: string]: unknown;
}

/** A one-time code (sign-up, forgot password, attribute verification, sign-in OTPs). */
interface OneTimeCode {
  purpose: CodePurpose;
  code: string;
  expiresAt: number;
  /** For VERIFY_ATTRIBUTE: which attribute. */
  attribute?: string;
  /** Wrong guesses so far. */
  failures: number;
}

export type CodePurpose =
  | 'SIGN_UP'
  | 'FORGOT_PASSWORD'
  | 'VERIFY_ATTRIBUTE'
  | 'EMAIL_OTP'
  | 'SMS_OTP'
  | 'SMS_MFA'
  | 'EMAIL_MFA'
  | 'ADMIN_CREATE_USER'
  | 'CUSTOM_CHALLENGE';

interface RefreshTokenRecord {
  username: string;
  clientId: string;
  originJti: string;
  authTime: number; // seconds
  issuedAt: number;
  expiresAt: number;
  deviceKey?: string;
  /** Set when rotated; the old token keeps working until `graceUntil` (RefreshTokenRotation grace period). */
  replacedAt?: number;
  graceUntil?: number;
}

export interface PoolUser {
  Username: string;
  sub: string;
  status: UserStatus;
  enabled: boolean;
  /** Attribute name → value, all strings as Cognito returns them (`email_verified: "true"`). Includes `sub`. */
  attributes: Record<string, string>;
  password?: PasswordRecord;
  mfa: UserMfaSettings;
  /** Device key → record. */
  devices: Record<string, DeviceRecord>;
  webAuthnCredentials: WebAuthnCredentialRecord[];
  /** Outstanding codes by purpose (one per purpose; a new code replaces the old one). */
  codes: Partial<Record<CodePurpose, OneTimeCode>>;
  /**
   * Access tokens with `iat` < floor(this / 1000) are refused (GlobalSignOut, AdminDisableUser). Tokens of the same
   * second are caught by `revokedOriginJtis` instead, so a sign-in right after a sign-out keeps working.
   */
  tokensValidAfter?: number;
  /** origin_jti values revoked by RevokeToken / GlobalSignOut. */
  revokedOriginJtis: string[];
  failedSignIns: { count: number; lastAt?: number; lockedUntil?: number };
  /** Requests for and entries of password-reset codes in the current hour (ForgotPassword limit). */
  passwordResetAttempts?: { windowStart: number; count: number };
  createdAt: number;
  updatedAt: number;
}

/**
 * Short-lived server-side sessions (`Session` strings). `SIGN_UP_CONFIRMED`: the session ConfirmSignUp returns;
 * InitiateAuth USER_AUTH with that `Session` and the same username/client redeems it once, within 3 minutes, for
 * tokens without a password (auto sign-in, docs/cognito-api.md §6.1). pool-auth adds its own kinds.
 */
export interface PoolSession {
  id: string;
  kind: 'SIGN_UP_CONFIRMED' | (string & {});
  poolId: string;
  clientId: string;
  username: string;
  createdAt: number;
  expiresAt: number;
  data?: Record<string, unknown>;
}

/** Cognito's IdentityProviderType `ProviderType` values. */
export type IdentityProviderKind = 'Google' | 'Facebook' | 'LoginWithAmazon' | 'SignInWithApple' | 'OIDC' | 'SAML';

/**
 * A user pool identity provider (Cognito's IdentityProviderType). The local pool answers every one of them with its
 * stand-in provider (pool/federation/), so ProviderDetails' endpoints are kept but never called.
 */
export interface IdentityProviderRecord {
  ProviderName: string;
  ProviderType: IdentityProviderKind;
  ProviderDetails: Record<string, string>;
  /** User pool attribute → the provider's claim (`{"email": "email"}`). */
  AttributeMapping: Record<string, string>;
  IdpIdentifiers: string[];
  CreationDate: number;
  LastModifiedDate: number;
}

export interface UserPool {
  Id: string; // `<region>_<9 alphanumerics>`
  Name: string;
  Arn: string;
  config: UserPoolConfig;
  signingKey: SigningKey;
  clients: Record<string, AppClient>;
  /** Username (as created) → user. Look users up with PoolStore.findUser, which applies aliases and case rules. */
  users: Record<string, PoolUser>;
  /** Refresh token (opaque string) → record. */
  refreshTokens: Record<string, RefreshTokenRecord>;
  /** ProviderName → identity provider; absent in pools without any (and in older data files). */
  identityProviders?: Record<string, IdentityProviderRecord>;
  CreationDate: number;
  LastModifiedDate: number;
}

export interface PoolState {
  version: 1;
  pools: Record<string, UserPool>;
  /** Session id → session, across pools. */
  sessions: Record<string, PoolSession>;
}
