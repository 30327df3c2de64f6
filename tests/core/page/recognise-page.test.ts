import { afterEach, describe, expect, it } from 'vitest';
import { looksLikeSignInPage } from '../../../core/page/looks-like-sign-in-page';
import { recognisePage } from '../../../core/page/recognise-page';
import type { RecognisedPage } from '../../../core/page/sign-in-page';
import { type LoadedPage, loadHtml, loadPage, PAGE_NAMES } from './load-page';

const HOSTED_UI = 'https://example-app.auth.eu-west-1.amazoncognito.com/login?client_id=3n4b5urk1ft4fl3mg5e62d9ado';

/** Each saved page: what it must be recognised as, and the fields (by `name`) that must be found. */
const EXPECTED: Record<string, { kind: string; step: string; fields: Record<string, string>; url?: string }> = {
  'amplify-sign-in.html': { kind: 'amplify', step: 'signIn', fields: { username: 'username', password: 'password' } },
  'amplify-sign-in-select.html': {
    kind: 'amplify',
    step: 'selectFirstFactor',
    fields: { username: 'username', password: 'password' },
  },
  'amplify-sign-up.html': {
    kind: 'amplify',
    step: 'signUp',
    fields: { username: 'username', newPassword: 'password', confirmPassword: 'confirm_password', email: 'email' },
  },
  'amplify-confirm-sign-up.html': { kind: 'amplify', step: 'confirmSignUp', fields: { code: 'confirmation_code' } },
  'amplify-force-new-password.html': {
    kind: 'amplify',
    step: 'forceNewPassword',
    fields: { newPassword: 'password', confirmPassword: 'confirm_password' },
  },
  'amplify-forgot-password.html': { kind: 'amplify', step: 'forgotPassword', fields: { username: 'username' } },
  'amplify-confirm-reset-password.html': {
    kind: 'amplify',
    step: 'confirmResetPassword',
    fields: { code: 'confirmation_code', newPassword: 'password', confirmPassword: 'confirm_password' },
  },
  'amplify-setup-totp.html': { kind: 'amplify', step: 'setupTotp', fields: { code: 'confirmation_code' } },
  'amplify-setup-email.html': { kind: 'amplify', step: 'setupEmail', fields: { email: 'email' } },
  'amplify-select-mfa-type.html': { kind: 'amplify', step: 'selectMfaType', fields: {} },
  'amplify-confirm-sign-in-totp.html': {
    kind: 'amplify',
    step: 'confirmSignIn',
    fields: { code: 'confirmation_code' },
  },
  'amplify-confirm-sign-in-sms.html': { kind: 'amplify', step: 'confirmSignIn', fields: { code: 'confirmation_code' } },
  'amplify-verify-user.html': { kind: 'amplify', step: 'verifyUser', fields: {} },
  'amplify-confirm-verify-user.html': {
    kind: 'amplify',
    step: 'confirmVerifyUser',
    fields: { code: 'confirmation_code' },
  },
  'hosted-ui-classic-sign-in.html': {
    kind: 'hosted-ui',
    step: 'signIn',
    fields: { username: 'username', password: 'password' },
    url: HOSTED_UI,
  },
  'managed-login-sign-in.html': {
    kind: 'hosted-ui',
    step: 'signIn',
    fields: { username: 'username', password: 'password' },
    url: HOSTED_UI,
  },
  'form-sign-in.html': { kind: 'form', step: 'signIn', fields: { username: 'email', password: 'password' } },
  'form-sign-in-untagged.html': { kind: 'form', step: 'signIn', fields: { username: 'user', password: 'pass' } },
  'form-username-first.html': { kind: 'form', step: 'signIn', fields: { username: 'identifier' } },
  'form-one-time-code.html': { kind: 'form', step: 'confirmSignIn', fields: { code: 'otp' } },
  'form-one-time-code-split.html': { kind: 'form', step: 'confirmSignIn', fields: {} },
  'form-new-password.html': {
    kind: 'form',
    step: 'forceNewPassword',
    fields: { password: 'current', newPassword: 'new', confirmPassword: 'repeat' },
  },
  'form-sign-up.html': { kind: 'form', step: 'signUp', fields: { username: 'email', newPassword: 'password' } },
  'form-totp-setup.html': { kind: 'form', step: 'setupTotp', fields: { code: 'verify' } },
};

let open: LoadedPage[] = [];
afterEach(async () => {
  await Promise.all(open.map((page) => page.close()));
  open = [];
});

function recognise(name: string, url?: string): { page: RecognisedPage | null; loaded: LoadedPage } {
  const loaded = loadPage(name, url ? { url } : {});
  open.push(loaded);
  return { page: recognisePage(loaded.document), loaded };
}

/** The `name` of every recognised input, by role (code: the single input's name). */
function fieldNames(page: RecognisedPage): Record<string, string> {
  const names: Record<string, string> = {};
  for (const role of ['username', 'password', 'newPassword', 'confirmPassword', 'email'] as const) {
    const input = page.fields[role];
    if (input) names[role] = input.name;
  }
  if (page.fields.code?.kind === 'single') names.code = page.fields.code.input.name;
  return names;
}

describe('recognisePage', () => {
  it('has an expectation for every saved sign-in page', () => {
    expect(PAGE_NAMES.filter((name) => name !== 'article-5000.html').sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('recognises %s as its step, with its fields', (name, expected) => {
    const { page } = recognise(name, expected.url);
    expect(page).not.toBeNull();
    expect({ kind: page?.kind, step: page?.step }).toEqual({ kind: expected.kind, step: expected.step });
    expect(fieldNames(page!)).toEqual(expected.fields);
  });

  it('says no on a 5,000-element article, in the cheap first look and in the full recognition', () => {
    const { page, loaded } = recognise('article-5000.html');
    expect(loaded.document.querySelectorAll('*').length).toBeGreaterThanOrEqual(5000);
    expect(looksLikeSignInPage(loaded.document)).toBe(false);
    expect(page).toBeNull();
  });

  it('lets the cheap first look through on every sign-in page', () => {
    for (const [name, expected] of Object.entries(EXPECTED)) {
      const { loaded } = recognise(name, expected.url);
      expect(looksLikeSignInPage(loaded.document), name).toBe(true);
    }
  });

  it('tells a TOTP code step from an SMS one by the heading of the confirm-sign-in form', () => {
    expect(recognise('amplify-confirm-sign-in-totp.html').page?.codeKind).toBe('totp');
    expect(recognise('amplify-confirm-sign-in-sms.html').page?.codeKind).toBe('sms');
  });

  it('finds the key a TOTP set-up page shows, as text and as the QR image', () => {
    const { page } = recognise('amplify-setup-totp.html');
    expect(page?.fields.totpSetup?.secretText).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(page?.fields.totpSetup?.qrImage?.getAttribute('alt')).toBe('qr code');
  });

  it("finds the key on a site's own TOTP set-up page, and no key on a plain code page", () => {
    const setup = recognise('form-totp-setup.html').page?.fields.totpSetup;
    expect(setup?.secretText).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(setup?.qrImage?.getAttribute('src')).toBe('/mfa/qr.png?t=1764876000');
    expect(recognise('form-one-time-code.html').page?.fields.totpSetup).toBeUndefined();
    expect(recognise('amplify-confirm-sign-in-totp.html').page?.fields.totpSetup).toBeUndefined();
    const wordy = loadHtml(
      '<form><p>internationalizationsupercalifragilistic</p><input name="otp" autocomplete="one-time-code"></form>',
    );
    open.push(wordy);
    expect(recognisePage(wordy.document)?.step).toBe('confirmSignIn');
  });

  it('finds each MFA type radio and each first-factor button', () => {
    const mfa = recognise('amplify-select-mfa-type.html').page?.fields.factors ?? {};
    expect(
      Object.fromEntries(Object.entries(mfa).map(([name, input]) => [name, (input as HTMLInputElement).value])),
    ).toEqual({ EMAIL: 'EMAIL', SMS: 'SMS', TOTP: 'TOTP' });
    const first = recognise('amplify-sign-in-select.html').page?.fields.factors ?? {};
    expect(Object.keys(first).sort()).toEqual(['EMAIL', 'PASSKEY', 'PASSWORD', 'SMS']);
    expect(first.PASSKEY?.textContent).toBe('Sign In with Passkey');
  });

  it('finds the six one-digit inputs of a split code field, in order', () => {
    const code = recognise('form-one-time-code-split.html').page?.fields.code;
    expect(code?.kind).toBe('split');
    expect(code?.kind === 'split' && code.inputs.map((input) => input.name)).toEqual([
      'digit-0',
      'digit-1',
      'digit-2',
      'digit-3',
      'digit-4',
      'digit-5',
    ]);
  });

  it('picks the rendered copy of the classic hosted UI form for the screen width', () => {
    const wide = recognise('hosted-ui-classic-sign-in.html', HOSTED_UI).page;
    expect(wide?.fields.username?.closest('.modal-content')?.classList.contains('visible-lg')).toBe(true);
    expect(wide?.fields.submit?.getAttribute('name')).toBe('signInSubmitButton');
    const narrow = loadPage('hosted-ui-classic-sign-in.html', { url: HOSTED_UI, width: 400 });
    open.push(narrow);
    const page = recognisePage(narrow.document);
    expect(page?.fields.username?.closest('.modal-content')?.classList.contains('visible-sm')).toBe(true);
  });

  it("calls a plain form on the pool's own hosted-UI address hosted-ui, and the same form elsewhere a form", () => {
    const local = recognise(
      'managed-login-sign-in.html',
      'http://127.0.0.1:9229/login?client_id=abc&response_type=code',
    );
    expect(local.page?.kind).toBe('hosted-ui');
    expect(recognise('managed-login-sign-in.html', 'https://app.example.com/login').page?.kind).toBe('form');
  });

  it('follows the Authenticator to its next route when the form is swapped', () => {
    const { loaded } = recognise('amplify-sign-in.html');
    expect(recognisePage(loaded.document)?.step).toBe('signIn');
    const next = loadPage('amplify-confirm-sign-in-totp.html');
    open.push(next);
    const router = loaded.document.querySelector('[data-amplify-router]')!;
    router.innerHTML = next.document.querySelector('[data-amplify-router]')!.innerHTML;
    expect(recognisePage(loaded.document)?.step).toBe('confirmSignIn');
  });

  it('ignores hidden inputs and hidden Authenticator routes', () => {
    const loaded = loadHtml(
      '<form><input type="password" style="display:none"><input name="q" type="search"></form>' +
        '<div data-amplify-authenticator><form data-amplify-authenticator-signin hidden>' +
        '<input name="username"><input name="password" type="password"></form></div>',
    );
    open.push(loaded);
    expect(recognisePage(loaded.document)).toBeNull();
  });
});
