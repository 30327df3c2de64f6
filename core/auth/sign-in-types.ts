/*
 * The public shapes of the sign-in surface, named as in Amplify JS v6 (docs/cognito-api.md §9) so callers that
 * know Amplify read them unchanged.
 */

/** The sign-in flows `signIn` accepts (`USER_SRP_AUTH` is the default). */
export type AuthFlowType =
  | 'USER_SRP_AUTH'
  | 'USER_PASSWORD_AUTH'
  | 'CUSTOM_WITH_SRP'
  | 'CUSTOM_WITHOUT_SRP'
  | 'USER_AUTH';

/** First factors a `USER_AUTH` sign-in can prefer or select (Cognito's names). */
export type AuthFactorType = 'PASSWORD' | 'PASSWORD_SRP' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';

/** MFA names as Amplify shows them. */
export type AuthMFAType = 'SMS' | 'TOTP' | 'EMAIL';

/** Who signed in and how; stored with the tokens. */
export type SignInDetails = { loginId?: string; authFlowType?: AuthFlowType };

/** Where a code was sent (destination is masked by Cognito). */
export type CodeDeliveryDetails = {
  destination?: string;
  deliveryMedium?: 'EMAIL' | 'SMS' | 'PHONE' | 'UNKNOWN';
  attributeName?: string;
};

/** What `CONTINUE_SIGN_IN_WITH_TOTP_SETUP` carries: the shared secret and an otpauth URI builder. */
export type TotpSetupDetails = { sharedSecret: string; getSetupUri: (appName: string, accountName?: string) => URL };

/** Every `nextStep` signIn/confirmSignIn can return. */
export type SignInNextStep =
  | { signInStep: 'DONE' }
  | { signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE'; additionalInfo: Record<string, string> }
  | { signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED'; missingAttributes?: string[] }
  | { signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE'; codeDeliveryDetails?: CodeDeliveryDetails }
  | { signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE'; codeDeliveryDetails?: CodeDeliveryDetails }
  | { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' }
  | { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION'; allowedMFATypes: AuthMFAType[] }
  | { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION'; allowedMFATypes: AuthMFAType[] }
  | { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP'; totpSetupDetails: TotpSetupDetails }
  | { signInStep: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP' }
  | { signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION'; availableChallenges?: string[] }
  | { signInStep: 'CONFIRM_SIGN_IN_WITH_PASSWORD' }
  | { signInStep: 'CONFIRM_SIGN_UP' }
  | { signInStep: 'RESET_PASSWORD' };

/** The result of signIn, confirmSignIn and autoSignIn. */
export type SignInOutput = { isSignedIn: boolean; nextStep: SignInNextStep };

/** `signIn` input, as in Amplify. */
export type SignInInput = {
  username: string;
  password?: string;
  options?: {
    authFlowType?: AuthFlowType;
    clientMetadata?: Record<string, string>;
    preferredChallenge?: AuthFactorType;
  };
};

/** `confirmSignIn` input, as in Amplify. */
export type ConfirmSignInInput = {
  challengeResponse: string;
  options?: {
    userAttributes?: Record<string, string | undefined>;
    clientMetadata?: Record<string, string>;
    friendlyDeviceName?: string;
  };
};
