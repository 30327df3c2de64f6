import { findCodeField, hasToken } from './find-code-field';
import { findTotpSetup } from './find-totp-setup';
import { isRendered } from './is-rendered';
import type { PageFields, PageKind, PageStep, RecognisedPage } from './sign-in-page';

const HOSTED_UI_HOST = /\.amazoncognito\.com$/;
const HOSTED_UI_PATH = /^\/(login|oauth2\/authorize|mfa|signup|forgotPassword|confirmForgotPassword)\b/i;

/**
 * Recognises Cognito's hosted UI (classic or managed login) and plain sign-in forms from their inputs' roles —
 * `autocomplete` tokens first (`username`, `current-password`, `new-password`, `one-time-code`), input types
 * next. The classic hosted UI renders its form twice (one per screen width) with the same ids: only the
 * rendered copy counts. Answers null when no step is recognisable. docs/sign-in-pages.md §2–§3.
 */
export function recogniseFormPage(doc: Document): RecognisedPage | null {
  const view = doc.defaultView;
  if (!view) return null;
  const inputs = [...doc.querySelectorAll('input')].filter(
    (input) => input.type !== 'hidden' && !input.disabled && isRendered(input, view),
  );
  const passwords = inputs.filter((input) => input.type === 'password');
  const newPasswords = passwords.filter((input) => hasToken(input, 'new-password'));
  const current =
    passwords.find((input) => hasToken(input, 'current-password')) ??
    passwords.find((input) => !hasToken(input, 'new-password'));
  const code = findCodeField(doc, view);
  const codeInputs = code ? (code.kind === 'single' ? [code.input] : code.inputs) : [];
  const anchor = current ?? newPasswords[0] ?? codeInputs[0];
  const username = findUsername(inputs, anchor);
  if (!anchor && !username) return null;

  const fields: PageFields = {};
  if (username) fields.username = username;
  if (current && !codeInputs.includes(current)) fields.password = current;
  if (newPasswords[0]) fields.newPassword = newPasswords[0];
  if (newPasswords[1]) fields.confirmPassword = newPasswords[1];
  if (code && !fields.password) fields.code = code;
  const root = (anchor ?? username)?.closest('form') ?? doc.body;
  const submit = [...root.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button,input')].find(
    (control) => control.type === 'submit' && isRendered(control, view),
  );
  if (submit) fields.submit = submit;
  // A code field next to a QR image or a printed Base32 secret: a TOTP set-up step, whatever the site.
  const totpSetup = fields.code ? findTotpSetup(root, view) : undefined;
  if (totpSetup) fields.totpSetup = totpSetup;
  const step = totpSetup ? 'setupTotp' : stepOf(fields);
  if (!step) return null;
  const page: RecognisedPage = { kind: kindOf(doc), step, root, fields };
  if (fields.code) page.codeKind = 'unknown';
  return page;
}

/** A username field: `autocomplete="username"` (or `email`), else the text or e-mail input just before the password. */
function findUsername(inputs: HTMLInputElement[], anchor: HTMLInputElement | undefined): HTMLInputElement | undefined {
  const tagged = inputs.find((input) => hasToken(input, 'username') || (anchor && hasToken(input, 'email')));
  if (tagged) return tagged;
  if (anchor?.type !== 'password') return undefined;
  const before = inputs
    .slice(0, inputs.indexOf(anchor))
    .filter((input) => ['text', 'email', 'tel'].includes(input.type));
  const candidate = before.at(-1);
  return candidate && candidate.closest('form') === anchor.closest('form') ? candidate : undefined;
}

function stepOf(fields: PageFields): PageStep | undefined {
  if (fields.password && fields.newPassword) return 'forceNewPassword';
  if (fields.password || (fields.username && !fields.newPassword && !fields.code)) return 'signIn';
  if (fields.newPassword) return fields.username ? 'signUp' : 'forceNewPassword';
  if (fields.code) return 'confirmSignIn';
  return undefined;
}

/** The hosted UI lives on the pool's domain (`*.amazoncognito.com`, a custom domain, or the local pool). */
function kindOf(doc: Document): PageKind {
  const url = new URL(doc.URL);
  const classic = doc.querySelector('#signInFormUsername, form[name="cognitoSignInForm"], .cognito-asf') !== null;
  const hostedPath = HOSTED_UI_PATH.test(url.pathname) && url.searchParams.has('client_id');
  return classic || HOSTED_UI_HOST.test(url.hostname) || hostedPath ? 'hosted-ui' : 'form';
}
