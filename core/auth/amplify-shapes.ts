/*
 * The public shapes of createAuthClient, named as in Amplify JS v6 (docs/cognito-api.md §9) so callers that know
 * Amplify read them unchanged, and the few conversions from Cognito's wire values into them.
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

/** Reads `CODE_DELIVERY_DELIVERY_MEDIUM` and `CODE_DELIVERY_DESTINATION` from a challenge (docs/cognito-api.md §2.8). */
export function codeDeliveryFromParameters(parameters: Record<string, string>): CodeDeliveryDetails {
  return {
    deliveryMedium: parameters.CODE_DELIVERY_DELIVERY_MEDIUM as CodeDeliveryDetails['deliveryMedium'],
    destination: parameters.CODE_DELIVERY_DESTINATION,
  };
}

/** Maps Cognito's `CodeDeliveryDetails` object (SignUp, ForgotPassword, ResendConfirmationCode) to Amplify's shape. */
export function codeDeliveryFromCognito(
  details: { Destination?: string; DeliveryMedium?: string; AttributeName?: string } | undefined,
): CodeDeliveryDetails {
  return {
    destination: details?.Destination,
    deliveryMedium: details?.DeliveryMedium as CodeDeliveryDetails['deliveryMedium'],
    attributeName: details?.AttributeName,
  };
}

/** Cognito's MFA challenge names and the short names Amplify shows for them (docs/cognito-api.md §2.8). */
export const MFA_CHALLENGE_BY_TYPE: Record<AuthMFAType, string> = {
  SMS: 'SMS_MFA',
  TOTP: 'SOFTWARE_TOKEN_MFA',
  EMAIL: 'EMAIL_OTP',
};

const TYPE_BY_CHALLENGE: Record<string, AuthMFAType> = {
  SMS_MFA: 'SMS',
  SOFTWARE_TOKEN_MFA: 'TOTP',
  EMAIL_OTP: 'EMAIL',
};

/** Maps Cognito MFA names to Amplify's (`SMS_MFA` → `SMS`, …), dropping unknown ones. */
export function toAuthMfaTypes(names: readonly string[]): AuthMFAType[] {
  return names.flatMap((name) => {
    const type = TYPE_BY_CHALLENGE[name];
    return type ? [type] : [];
  });
}

/**
 * The TOTP setup details Amplify returns: the secret plus `getSetupUri(appName, accountName?)` building
 * `otpauth://totp/<app>:<account>?secret=<secret>&issuer=<app>` (Key Uri Format, github.com/google/google-authenticator/wiki/Key-Uri-Format).
 * Like Amplify, nothing is percent-encoded beyond what `URL` itself does.
 */
export function createTotpSetupDetails(options: { sharedSecret: string; username: string }): TotpSetupDetails {
  return {
    sharedSecret: options.sharedSecret,
    getSetupUri: (appName, accountName) =>
      new URL(
        `otpauth://totp/${appName}:${accountName ?? options.username}?secret=${options.sharedSecret}&issuer=${appName}`,
      ),
  };
}

/** Amplify's `signUp` / `confirmSignUp` / `autoSignIn`-arming result (docs/cognito-api.md §6.1). */
export type SignUpOutput = {
  isSignUpComplete: boolean;
  userId?: string;
  nextStep:
    | { signUpStep: 'DONE' }
    | { signUpStep: 'CONFIRM_SIGN_UP'; codeDeliveryDetails: CodeDeliveryDetails }
    | { signUpStep: 'COMPLETE_AUTO_SIGN_IN'; codeDeliveryDetails?: CodeDeliveryDetails };
};

/** Amplify's `resetPassword` result (docs/cognito-api.md §6.2). */
export type ResetPasswordOutput = {
  isPasswordReset: false;
  nextStep: { resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE'; codeDeliveryDetails: CodeDeliveryDetails };
};
