import { findCodeField } from './find-code-field';
import { isRendered } from './is-rendered';
import type { CodeKind, FactorName, PageFields, PageStep, RecognisedPage } from './sign-in-page';

/**
 * The Authenticator's route markers: every route puts `data-amplify-authenticator-<route>` on its form (React,
 * Vue) or on its host element (Angular). Attribute names are case-insensitive in HTML, so Vue's
 * `confirmResetpassword` and Angular's `resetPassword` match the lower-case names. docs/sign-in-pages.md §1.
 */
const ROUTE_MARKERS: ReadonlyArray<readonly [string, PageStep]> = [
  ['signin', 'signIn'],
  ['signinselect', 'selectFirstFactor'],
  ['confirmsignin', 'confirmSignIn'],
  ['select-mfa-type', 'selectMfaType'],
  ['setup-totp', 'setupTotp'],
  ['setup-email', 'setupEmail'],
  ['forcenewpassword', 'forceNewPassword'],
  ['signup', 'signUp'],
  ['confirmsignup', 'confirmSignUp'],
  ['resetpassword', 'forgotPassword'],
  ['forgotpassword', 'forgotPassword'],
  ['confirmresetpassword', 'confirmResetPassword'],
  ['verifyuser', 'verifyUser'],
  ['confirmverifyuser', 'confirmVerifyUser'],
  ['passkeyprompt', 'passkeyPrompt'],
];

const MFA_VALUES: readonly FactorName[] = ['TOTP', 'SMS', 'EMAIL'];

/** Recognises the Amplify UI Authenticator's current route, or answers null when the page has none. */
export function recogniseAmplifyPage(doc: Document): RecognisedPage | null {
  const view = doc.defaultView;
  if (!view) return null;
  for (const [marker, markedStep] of ROUTE_MARKERS) {
    for (const root of doc.querySelectorAll(`[data-amplify-authenticator-${marker}]`)) {
      if (!isRendered(root, view)) continue;
      const fields = readFields(root, view);
      // Some Authenticator versions mark the e-mail set-up form as setup-totp: its e-mail input gives it away.
      const step = markedStep === 'setupTotp' && fields.email && !fields.totpSetup ? 'setupEmail' : markedStep;
      const page: RecognisedPage = { kind: 'amplify', step, root, fields };
      if (fields.code) page.codeKind = codeKindOf(root, step);
      return page;
    }
  }
  return null;
}

function readFields(root: Element, view: Window): PageFields {
  const input = (name: string) => {
    const found = [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find((element) =>
      isRendered(element, view),
    );
    return found ?? undefined;
  };
  const fields: PageFields = {};
  const username = input('username');
  const password = input('password');
  const confirmPassword = input('confirm_password');
  if (username) fields.username = username;
  if (password && confirmPassword) {
    fields.newPassword = password;
    fields.confirmPassword = confirmPassword;
  } else if (password?.getAttribute('autocomplete') === 'new-password') {
    fields.newPassword = password;
  } else if (password) {
    fields.password = password;
  }
  const email = input('email');
  if (email) fields.email = email;
  const code = findCodeField(root, view);
  if (code) fields.code = code;
  const factors = readFactors(root);
  if (factors) fields.factors = factors;
  const totpSetup = readTotpSetup(root);
  if (totpSetup) fields.totpSetup = totpSetup;
  const submit = root.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (submit) fields.submit = submit;
  return fields;
}

function readFactors(root: Element): PageFields['factors'] {
  const factors: NonNullable<PageFields['factors']> = {};
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="mfa_type"]')) {
    const value = MFA_VALUES.find((name) => name === radio.value.toUpperCase());
    if (value) factors[value] = radio;
  }
  if (
    root.matches('[data-amplify-authenticator-signinselect]') ||
    root.querySelector('[data-amplify-authenticator-signinselect]')
  ) {
    // The first-factor buttons carry no marker of their own; their (English) text names the factor.
    for (const button of root.querySelectorAll<HTMLButtonElement>('button')) {
      const text = button.textContent ?? '';
      if (button.type === 'submit') factors.PASSWORD = button;
      else if (/passkey/i.test(text)) factors.PASSKEY = button;
      else if (/\bsms\b/i.test(text)) factors.SMS = button;
      else if (/e-?mail/i.test(text)) factors.EMAIL = button;
    }
  }
  return Object.keys(factors).length > 0 ? factors : undefined;
}

function readTotpSetup(root: Element): PageFields['totpSetup'] {
  const qrImage = root.querySelector<HTMLImageElement>('img[data-amplify-qrcode]') ?? undefined;
  const secretText = root.querySelector('[data-amplify-copy] > div:first-child')?.textContent?.trim() || undefined;
  if (!qrImage && !secretText) return undefined;
  return { ...(qrImage ? { qrImage } : {}), ...(secretText ? { secretText } : {}) };
}

/** Which code a confirm step asks for, from its heading ("Confirm TOTP Code", "Confirm SMS Code"…, English). */
function codeKindOf(root: Element, step: PageStep): CodeKind {
  if (step === 'setupTotp') return 'totp';
  if (step !== 'confirmSignIn') return step === 'setupEmail' ? 'email' : 'unknown';
  const heading = (root.querySelector('h1,h2,h3,h4') ?? root.querySelector('legend'))?.textContent ?? '';
  if (/\btotp\b|authenticator/i.test(heading)) return 'totp';
  if (/\bsms\b/i.test(heading)) return 'sms';
  if (/e-?mail/i.test(heading)) return 'email';
  return 'unknown';
}
