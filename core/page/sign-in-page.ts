/**
 * What Sidekey recognised on a page (core/page/recognise-page.ts): which kind of sign-in page it is, which step
 * of the sign-in it shows, and the fields and controls of that step. The DOM markers behind each step are in
 * docs/sign-in-pages.md.
 */

/** `amplify`: the Amplify UI Authenticator; `hosted-ui`: Cognito's classic hosted UI or managed login; `form`: a plain form. */
export type PageKind = 'amplify' | 'hosted-ui' | 'form';

/** The step a page shows, named after the Amplify UI Authenticator's routes. */
export type PageStep =
  | 'signIn'
  | 'selectFirstFactor'
  | 'confirmSignIn'
  | 'selectMfaType'
  | 'setupTotp'
  | 'setupEmail'
  | 'forceNewPassword'
  | 'signUp'
  | 'confirmSignUp'
  | 'forgotPassword'
  | 'confirmResetPassword'
  | 'verifyUser'
  | 'confirmVerifyUser'
  | 'passkeyPrompt';

/** A one-time-code input: one field, or one single-digit input per digit (in order). */
export type CodeField = { kind: 'single'; input: HTMLInputElement } | { kind: 'split'; inputs: HTMLInputElement[] };

/** Which code a code step asks for, when the page says so (Amplify's heading); `unknown` otherwise. */
export type CodeKind = 'totp' | 'sms' | 'email' | 'unknown';

/** The factors a user may pick on an MFA-type or first-factor choice. */
export type FactorName = 'TOTP' | 'SMS' | 'EMAIL' | 'PASSWORD' | 'PASSKEY';

/** Where a TOTP set-up page shows the key: the secret as text, and/or the QR image carrying the otpauth:// URI. */
export interface TotpSetupSource {
  secretText?: string;
  qrImage?: HTMLImageElement;
}

export interface PageFields {
  username?: HTMLInputElement;
  password?: HTMLInputElement;
  newPassword?: HTMLInputElement;
  confirmPassword?: HTMLInputElement;
  email?: HTMLInputElement;
  code?: CodeField;
  /** Radio inputs (MFA type) or buttons (first factor), by the factor they pick. */
  factors?: Partial<Record<FactorName, HTMLInputElement | HTMLButtonElement>>;
  totpSetup?: TotpSetupSource;
  submit?: HTMLButtonElement | HTMLInputElement;
}

export interface RecognisedPage {
  kind: PageKind;
  step: PageStep;
  /** The element holding the step (the Amplify form, the hosted-UI form, the plain form). */
  root: Element;
  fields: PageFields;
  /** For code steps: which code is asked for. */
  codeKind?: CodeKind;
}
