/*
 * Request and response bodies of the Cognito user-pool API operations Sidekey calls, from the Amazon Cognito user
 * pools API reference (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/) and checked
 * against the recorded transcripts. Only members Sidekey may send or read are listed; Cognito may return more.
 */

/** `AuthFlowType` (API reference, InitiateAuth). */
export type AuthFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'CUSTOM_AUTH' | 'USER_AUTH' | 'REFRESH_TOKEN_AUTH';

/** `ChallengeNameType`. */
export type ChallengeName =
  | 'SMS_MFA'
  | 'SMS_OTP'
  | 'EMAIL_OTP'
  | 'SOFTWARE_TOKEN_MFA'
  | 'SELECT_MFA_TYPE'
  | 'MFA_SETUP'
  | 'PASSWORD'
  | 'PASSWORD_SRP'
  | 'PASSWORD_VERIFIER'
  | 'CUSTOM_CHALLENGE'
  | 'SELECT_CHALLENGE'
  | 'DEVICE_SRP_AUTH'
  | 'DEVICE_PASSWORD_VERIFIER'
  | 'NEW_PASSWORD_REQUIRED'
  | 'WEB_AUTHN';

type StringMap = Record<string, string>;
interface AttributeType {
  Name: string;
  Value?: string;
}
interface CodeDeliveryDetails {
  Destination?: string;
  DeliveryMedium?: 'SMS' | 'EMAIL';
  AttributeName?: string;
}
interface NewDeviceMetadata {
  DeviceKey?: string;
  DeviceGroupKey?: string;
}
export interface AuthenticationResult {
  AccessToken?: string;
  ExpiresIn?: number;
  TokenType?: string;
  RefreshToken?: string;
  IdToken?: string;
  NewDeviceMetadata?: NewDeviceMetadata;
}
/** What InitiateAuth and RespondToAuthChallenge return: tokens, or the next challenge. */
interface ChallengeOutput {
  ChallengeName?: ChallengeName;
  Session?: string;
  ChallengeParameters?: StringMap;
  AuthenticationResult?: AuthenticationResult;
  /** USER_AUTH only: the first factors the user may choose from. */
  AvailableChallenges?: ChallengeName[];
}
interface MfaSettings {
  Enabled?: boolean;
  PreferredMfa?: boolean;
}
interface DeviceType {
  DeviceKey?: string;
  DeviceAttributes?: AttributeType[];
  /** Epoch seconds. */
  DeviceCreateDate?: number;
  DeviceLastModifiedDate?: number;
  DeviceLastAuthenticatedDate?: number;
}
interface WebAuthnCredentialDescription {
  CredentialId: string;
  FriendlyCredentialName: string;
  RelyingPartyId: string;
  AuthenticatorAttachment?: string;
  AuthenticatorTransports: string[];
  /** Epoch seconds. */
  CreatedAt: number;
}
interface Unauthenticated {
  ClientId: string;
  SecretHash?: string;
  ClientMetadata?: StringMap;
}
interface WithAccessToken {
  AccessToken: string;
}
type Empty = Record<string, never>;

/** Every operation: its `input` (JSON request body) and `output` (JSON response body). */
export interface CognitoOperations {
  InitiateAuth: {
    input: {
      AuthFlow: AuthFlow;
      ClientId: string;
      AuthParameters?: StringMap;
      ClientMetadata?: StringMap;
      Session?: string;
    };
    output: ChallengeOutput;
  };
  RespondToAuthChallenge: {
    input: {
      ClientId: string;
      ChallengeName: ChallengeName;
      Session?: string;
      ChallengeResponses?: StringMap;
      ClientMetadata?: StringMap;
    };
    output: ChallengeOutput;
  };
  SignUp: {
    input: Unauthenticated & {
      Username: string;
      Password?: string;
      UserAttributes?: AttributeType[];
      ValidationData?: AttributeType[];
    };
    output: { UserConfirmed: boolean; UserSub: string; CodeDeliveryDetails?: CodeDeliveryDetails; Session?: string };
  };
  ConfirmSignUp: {
    input: Unauthenticated & {
      Username: string;
      ConfirmationCode: string;
      ForceAliasCreation?: boolean;
      Session?: string;
    };
    output: { Session?: string };
  };
  ResendConfirmationCode: {
    input: Unauthenticated & { Username: string };
    output: { CodeDeliveryDetails?: CodeDeliveryDetails };
  };
  ForgotPassword: {
    input: Unauthenticated & { Username: string };
    output: { CodeDeliveryDetails?: CodeDeliveryDetails };
  };
  ConfirmForgotPassword: {
    input: Unauthenticated & { Username: string; ConfirmationCode: string; Password: string };
    output: Empty;
  };
  AssociateSoftwareToken: {
    input: { AccessToken?: string; Session?: string };
    output: { SecretCode?: string; Session?: string };
  };
  VerifySoftwareToken: {
    input: { AccessToken?: string; Session?: string; UserCode: string; FriendlyDeviceName?: string };
    output: { Status?: 'SUCCESS' | 'ERROR'; Session?: string };
  };
  SetUserMFAPreference: {
    input: WithAccessToken & {
      SMSMfaSettings?: MfaSettings;
      SoftwareTokenMfaSettings?: MfaSettings;
      EmailMfaSettings?: MfaSettings;
    };
    output: Empty;
  };
  GetUser: {
    input: WithAccessToken;
    output: {
      Username: string;
      UserAttributes: AttributeType[];
      PreferredMfaSetting?: string;
      UserMFASettingList?: string[];
    };
  };
  ChangePassword: { input: WithAccessToken & { PreviousPassword?: string; ProposedPassword: string }; output: Empty };
  ConfirmDevice: {
    input: WithAccessToken & {
      DeviceKey: string;
      DeviceSecretVerifierConfig?: { PasswordVerifier?: string; Salt?: string };
      DeviceName?: string;
    };
    output: { UserConfirmationNecessary?: boolean };
  };
  ForgetDevice: { input: { AccessToken?: string; DeviceKey: string }; output: Empty };
  UpdateDeviceStatus: {
    input: WithAccessToken & { DeviceKey: string; DeviceRememberedStatus?: 'remembered' | 'not_remembered' };
    output: Empty;
  };
  ListDevices: {
    input: WithAccessToken & { Limit?: number; PaginationToken?: string };
    output: { Devices?: DeviceType[]; PaginationToken?: string };
  };
  GlobalSignOut: { input: WithAccessToken; output: Empty };
  RevokeToken: { input: { Token: string; ClientId: string; ClientSecret?: string }; output: Empty };
  GetTokensFromRefreshToken: {
    input: {
      RefreshToken: string;
      ClientId: string;
      ClientSecret?: string;
      DeviceKey?: string;
      ClientMetadata?: StringMap;
    };
    output: { AuthenticationResult?: AuthenticationResult };
  };
  DeleteUser: { input: WithAccessToken; output: Empty };
  UpdateUserAttributes: {
    input: WithAccessToken & { UserAttributes: AttributeType[]; ClientMetadata?: StringMap };
    output: { CodeDeliveryDetailsList?: CodeDeliveryDetails[] };
  };
  VerifyUserAttribute: { input: WithAccessToken & { AttributeName: string; Code: string }; output: Empty };
  GetUserAttributeVerificationCode: {
    input: WithAccessToken & { AttributeName: string; ClientMetadata?: StringMap };
    output: { CodeDeliveryDetails?: CodeDeliveryDetails };
  };
  DeleteUserAttributes: { input: WithAccessToken & { UserAttributeNames: string[] }; output: Empty };
  StartWebAuthnRegistration: {
    input: WithAccessToken;
    /** PublicKeyCredentialCreationOptions as JSON (W3C WebAuthn Level 3 JSON form). */
    output: { CredentialCreationOptions: Record<string, unknown> };
  };
  CompleteWebAuthnRegistration: {
    /** The RegistrationResponseJSON of the new credential. */
    input: WithAccessToken & { Credential: Record<string, unknown> };
    output: Empty;
  };
  ListWebAuthnCredentials: {
    input: WithAccessToken & { NextToken?: string; MaxResults?: number };
    output: { Credentials: WebAuthnCredentialDescription[]; NextToken?: string };
  };
  DeleteWebAuthnCredential: { input: WithAccessToken & { CredentialId: string }; output: Empty };
}

/** The name of an operation Sidekey calls. */
export type CognitoOperation = keyof CognitoOperations;
