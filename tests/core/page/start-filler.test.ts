import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Translate } from '../../../components/translator-context';
import type { ControlHandle, ControlView } from '../../../core/page/control-port';
import type { PageOffer, PageRequestClient } from '../../../core/page/page-messages';
import { RECHECK_MS, runFiller } from '../../../core/page/start-filler';
import type { Bytes } from '../../../core/vault/crypto/bytes';
import { english, readLocale, translateWith } from '../../support/translate-messages';
import { placeBox, stackElements } from './fake-layout';
import { type LoadedPage, loadPage } from './load-page';
import { qrPixels } from './qr-pixels';

/** The user's own click, as the browser marks it (a page cannot make one). */
const userClick = { isTrusted: true } as Event;
const pageClick = { isTrusted: false } as Event;
const german = translateWith(readLocale('de'));

const OFFER: PageOffer = {
  origin: 'https://app.example.com',
  vault: 'unlocked',
  step: 'signIn',
  signIns: [{ id: 'login-1', username: 'alice', label: 'Example' }],
  codes: [{ id: 'totp-1', issuer: 'Example', account: 'alice', cognitoUsername: 'alice' }],
  codeAvailable: true,
  passwordPolicy: {
    minimumLength: 8,
    requireLowercase: true,
    requireUppercase: true,
    requireNumbers: true,
    requireSymbols: true,
  },
  preferredFactor: null,
};

let open: LoadedPage[] = [];
let stops: Array<() => void> = [];
afterEach(async () => {
  for (const stop of stops) stop();
  stops = [];
  await Promise.all(open.map((page) => page.close()));
  open = [];
});

/** Lets the filler's throttled re-check and the requests it starts run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, RECHECK_MS + 50));

/** Lays every input of the page out, one under the other, each topmost at its own centre. */
function layOut(page: LoadedPage) {
  const inputs = [...page.document.querySelectorAll('input')];
  for (const [index, input] of inputs.entries())
    placeBox(input, { left: 100, top: 100 + index * 40, width: 200, height: 32 });
  stackElements(page.document, [page.document.body, ...inputs]);
}

function start(
  name: string,
  options: {
    offer?: Partial<PageOffer>;
    failOffer?: string;
    now?: number;
    url?: string;
    /** The worker's saved sign-ins of this origin, username → password (alice's by default). */
    saved?: Record<string, string>;
    /** Answer every sign-in comparison, save and update with this failure code (a locked vault, say). */
    failKeep?: string;
    /** The worker could not tell the account's pool when it stored a captured key (several pools on the site). */
    keyUnbound?: boolean;
    /** What the page's Amplify app keeps in sessionStorage before the filler starts. */
    session?: Record<string, string>;
    /** The language of the controls' words (English). */
    t?: Translate;
  } = {},
) {
  const saved = new Map(Object.entries(options.saved ?? { alice: 'Alice-pass-1' }));
  const idOf = (username: string) => `login-${username}`;
  const page = loadPage(name, options.url ? { url: options.url } : {});
  open.push(page);
  layOut(page);
  for (const [key, value] of Object.entries(options.session ?? {})) page.window.sessionStorage.setItem(key, value);
  const calls: Array<{ type: string; input: unknown }> = [];
  const shown: Array<{ view: ControlView; anchor: Element | null; removed: boolean; host: HTMLElement }> = [];
  const request: PageRequestClient = async (type, input) => {
    calls.push({ type, input });
    const answer = (() => {
      switch (type) {
        case 'page.offer':
          if (options.failOffer) return { ok: false, code: options.failOffer, message: 'No.' };
          return { ok: true, data: { ...OFFER, step: (input as { step: string }).step, ...options.offer } };
        case 'page.fill':
          return (input as { kind: string }).kind === 'sign-in'
            ? { ok: true, data: { kind: 'sign-in', username: 'alice', password: 'Alice-pass-1' } }
            : { ok: true, data: { kind: 'code', code: '111111', nextCode: '222222', periodEndsAt: 30_000 } };
        case 'page.saveTotpSecret':
          return {
            ok: true,
            data: {
              id: 'totp-2',
              code: '333333',
              nextCode: '444444',
              periodEndsAt: 30_000,
              boundToAccount: !options.keyUnbound,
            },
          };
        case 'page.compareSignIn':
        case 'page.saveSignIn':
        case 'page.updateSignIn': {
          if (options.failKeep) return { ok: false, code: options.failKeep, message: 'No.' };
          const { username = '', password = '', id } = input as { username?: string; password: string; id?: string };
          const name = id ? id.replace(/^login-/, '') : username;
          const signIn = { id: idOf(name), username: name, label: '' };
          if (type === 'page.compareSignIn') {
            if (!saved.has(name)) return { ok: true, data: { status: 'unsaved' } };
            return { ok: true, data: { status: saved.get(name) === password ? 'saved' : 'changed', signIn } };
          }
          saved.set(name, password);
          return { ok: true, data: signIn };
        }
        case 'page.bindEntry':
          return { ok: true, data: { id: 'totp-2', issuer: 'AWSCognito', account: 'alice', cognitoUsername: 'alice' } };
        case 'page.rememberFactor':
          return { ok: true, data: { remembered: true } };
        default:
          return { ok: false, code: 'UnknownRequest', message: type };
      }
    })();
    return answer as never;
  };
  const showControl = (options: { doc: Document; anchor: Element | null; view: ControlView }): ControlHandle => {
    const host = options.doc.createElement('sidekey-inline');
    const entry = { view: options.view, anchor: options.anchor, removed: false, host };
    shown.push(entry);
    return {
      host,
      update: (view) => {
        entry.view = view;
      },
      isIntact: () => !entry.removed,
      remove: () => {
        entry.removed = true;
      },
    };
  };
  const stop = runFiller({
    doc: page.document,
    view: page.window,
    storage: { session: () => page.window.sessionStorage, local: () => page.window.localStorage },
    request,
    now: () => options.now ?? 0,
    randomBytes: (length) => new Uint8Array(randomBytes(length)) as Bytes,
    readPixels: () =>
      qrPixels('otpauth://totp/AWSCognito:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=AWSCognito'),
    showControl,
    t: options.t ?? english,
    memory: {},
  });
  stops.push(stop);
  const visible = () => shown.filter((entry) => !entry.removed);
  const control = (name: string) => visible().find((entry) => entry.view.name === name);
  /** Picks the choice with that accessible name and waits for what it does. */
  const choose = async (controlName: string, choiceName: string, event = userClick) => {
    const entry = control(controlName)!;
    const choice = entry.view.choices.find((item) => item.name === choiceName)!;
    entry.view.onChoose(choice, event);
    await settle();
    return entry;
  };
  /** Swaps the Authenticator's route for the one in another saved page, as the Authenticator does. */
  const goTo = async (next: string) => {
    const other = loadPage(next);
    open.push(other);
    page.document.querySelector('[data-amplify-router]')!.innerHTML =
      other.document.querySelector('[data-amplify-router]')!.innerHTML;
    layOut(page);
    await settle();
  };
  /** The Authenticator shows the signed-in app: no step any more. */
  const signedIn = async () => {
    page.document.querySelector('[data-amplify-router]')!.innerHTML = '<p>Signed in</p>';
    await settle();
  };
  /** Sends the step's form as its submit button would, without leaving the page. */
  const send = () => {
    const form = page.document.querySelector('form')!;
    form.addEventListener('submit', (event) => event.preventDefault());
    form.requestSubmit();
  };
  const keeps = () => calls.filter((call) => /^page\.(save|update)SignIn$/.test(call.type));
  return { page, calls, visible, control, choose, goTo, signedIn, send, keeps, saved, stop };
}

const input = (page: LoadedPage, name: string) =>
  page.document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

describe('startFiller', () => {
  it("draws its controls in the browser's language, every accessible name still beginning with Sidekey", async () => {
    const { control, choose, visible, page } = start('amplify-sign-in.html', { t: german });
    await settle();
    const entry = control('Sidekey: Anmeldung ausfüllen');
    expect(entry?.view.closeName).toBe('Sidekey: schließen');
    expect(entry?.view.choices.map((choice) => choice.name)).toEqual([
      'Sidekey: als alice anmelden',
      'Sidekey: ausfüllen und als alice anmelden',
    ]);
    const refused = await choose('Sidekey: Anmeldung ausfüllen', 'Sidekey: als alice anmelden', pageClick);
    expect(refused.view.note).toBe('Sidekey füllt nur aus, wenn Sie selbst klicken oder eine Taste drücken.');
    expect(input(page, 'username').value).toBe('');
    for (const shown of visible()) {
      for (const name of [shown.view.name, shown.view.closeName, ...shown.view.choices.map((c) => c.name)]) {
        expect(name.startsWith('Sidekey')).toBe(true);
      }
    }
  });

  it('offers the saved sign-ins on the sign-in step, without asking for any secret', async () => {
    const { control, calls } = start('amplify-sign-in.html');
    await settle();
    const entry = control('Sidekey: fill sign-in');
    expect(entry?.view.choices.map((choice) => choice.name)).toEqual([
      'Sidekey: sign in as alice',
      'Sidekey: fill and sign in as alice',
    ]);
    expect(entry?.anchor?.getAttribute('name')).toBe('password');
    expect(calls).toEqual([{ type: 'page.offer', input: { step: 'signIn' } }]);
  });

  it("fills username and password on the user's choice, and does not submit", async () => {
    const { page, choose, calls } = start('amplify-sign-in.html');
    await settle();
    let submitted = 0;
    page.document.addEventListener('submit', (event) => {
      submitted += 1;
      event.preventDefault();
    });
    const entry = await choose('Sidekey: fill sign-in', 'Sidekey: sign in as alice');
    expect(calls.at(-1)).toEqual({ type: 'page.fill', input: { kind: 'sign-in', id: 'login-1' } });
    expect([input(page, 'username').value, input(page, 'password').value]).toEqual(['alice', 'Alice-pass-1']);
    expect(submitted).toBe(0);
    expect(entry.removed).toBe(true);
  });

  it('submits the form when the user chose to fill and sign in', async () => {
    const { page, choose } = start('amplify-sign-in.html');
    await settle();
    let submitted = 0;
    page.document.addEventListener('submit', (event) => {
      submitted += 1;
      event.preventDefault();
    });
    await choose('Sidekey: fill sign-in', 'Sidekey: fill and sign in as alice');
    expect(submitted).toBe(1);
  });

  it('asks for nothing and writes nothing on an event the page made up', async () => {
    const { page, choose, calls } = start('amplify-sign-in.html');
    await settle();
    const entry = await choose('Sidekey: fill sign-in', 'Sidekey: sign in as alice', pageClick);
    expect(calls.map((call) => call.type)).toEqual(['page.offer']);
    expect(input(page, 'password').value).toBe('');
    expect(entry.view.note).toBe('Sidekey only fills when you click or press a key yourself.');
  });

  it('asks for no secret when the field is covered, and says why', async () => {
    const { page, choose, calls } = start('amplify-sign-in.html');
    await settle();
    const lure = page.document.createElement('div');
    page.document.body.append(lure);
    placeBox(lure, { left: 0, top: 0, width: 1000, height: 1000 });
    stackElements(page.document, [page.document.body, ...page.document.querySelectorAll('input'), lure]);
    const entry = await choose('Sidekey: fill sign-in', 'Sidekey: sign in as alice');
    expect(calls.map((call) => call.type)).not.toContain('page.fill');
    expect(entry.view.note).toContain('covers the field');
  });

  it('says the vault is locked, and asks again when the user has unlocked it', async () => {
    const offer: Partial<PageOffer> = { vault: 'locked', signIns: [], codes: [] };
    const { control, choose, calls } = start('amplify-sign-in.html', { offer });
    await settle();
    const locked = control('Sidekey: fill sign-in');
    expect(locked?.view.note).toBe('Sidekey is locked: unlock it from its toolbar button, then choose again.');
    expect(locked?.view.choices.map((choice) => choice.name)).toEqual(['Sidekey: try again']);
    Object.assign(offer, { vault: 'unlocked', signIns: OFFER.signIns });
    await choose('Sidekey: fill sign-in', 'Sidekey: try again');
    expect(calls.map((call) => call.type)).toEqual(['page.offer', 'page.offer']);
    expect(control('Sidekey: fill sign-in')?.view.choices.map((choice) => choice.name)).toContain(
      'Sidekey: sign in as alice',
    );
  });

  it('shows nothing and asks nothing on plain http away from this computer', async () => {
    const { visible, calls } = start('amplify-sign-in.html', { url: 'http://localhost.evil.test/' });
    await settle();
    expect(visible()).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('shows nothing on an origin the worker does not fill', async () => {
    const { visible } = start('amplify-sign-in.html', { failOffer: 'PageOriginNotBound' });
    await settle();
    expect(visible()).toEqual([]);
  });

  it('follows the Authenticator to the TOTP step and fills the code of this account', async () => {
    const { page, goTo, control, choose, calls } = start('amplify-sign-in.html');
    await settle();
    await choose('Sidekey: fill sign-in', 'Sidekey: sign in as alice');
    await goTo('amplify-confirm-sign-in-totp.html');
    expect(control('Sidekey: fill sign-in')).toBeUndefined();
    expect(control('Sidekey: fill code')?.view.choices.map((choice) => choice.name)).toEqual([
      'Sidekey: fill code for alice',
    ]);
    expect(calls.at(-1)).toEqual({ type: 'page.offer', input: { step: 'confirmSignIn', username: 'alice' } });
    await choose('Sidekey: fill code', 'Sidekey: fill code for alice');
    expect(calls.at(-1)).toEqual({ type: 'page.fill', input: { kind: 'code', id: 'totp-1' } });
    expect(input(page, 'confirmation_code').value).toBe('111111');
  });

  it('fills the next code when the current one is about to expire', async () => {
    const { page, choose } = start('amplify-confirm-sign-in-totp.html', { now: 27_000 });
    await settle();
    await choose('Sidekey: fill code', 'Sidekey: fill code for alice');
    expect(input(page, 'confirmation_code').value).toBe('222222');
  });

  it('offers no code on an SMS code step', async () => {
    const { visible } = start('amplify-confirm-sign-in-sms.html');
    await settle();
    expect(visible()).toEqual([]);
  });

  it('fills one digit per input on a split code field', async () => {
    const { page, choose } = start('form-one-time-code-split.html');
    await settle();
    await choose('Sidekey: fill code', 'Sidekey: fill code for alice');
    expect([...page.document.querySelectorAll('input')].map((digit) => digit.value).join('')).toBe('111111');
  });

  it('saves the key a TOTP set-up page shows in its QR code, bound to the account, and fills its code', async () => {
    const { page, control, choose, calls } = start('amplify-setup-totp.html');
    await settle();
    expect(control('Sidekey: save authenticator key')).toBeDefined();
    await choose('Sidekey: save authenticator key', 'Sidekey: save key');
    expect(calls.find((call) => call.type === 'page.saveTotpSecret')?.input).toEqual({
      uri: 'otpauth://totp/AWSCognito:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=AWSCognito',
      account: 'alice',
    });
    expect(input(page, 'confirmation_code').value).toBe('333333');
  });

  it("offers to save the key on a site's own set-up page too, and fills the code it answers", async () => {
    const { page, choose, calls } = start('form-totp-setup.html');
    await settle();
    await choose('Sidekey: save authenticator key', 'Sidekey: save key');
    expect(calls.find((call) => call.type === 'page.saveTotpSecret')?.input).toMatchObject({ account: 'alice' });
    expect(input(page, 'verify').value).toBe('333333');
  });

  it('preselects the factor the worker prefers for the account on the MFA choice', async () => {
    const { page } = start('amplify-select-mfa-type.html', { offer: { preferredFactor: 'TOTP' } });
    await settle();
    expect(page.document.querySelector<HTMLInputElement>('input[value="TOTP"]')?.checked).toBe(true);
  });

  it('leaves the MFA choice alone when the worker prefers no factor', async () => {
    const { page } = start('amplify-select-mfa-type.html', { offer: { codeAvailable: false, codes: [] } });
    await settle();
    expect(page.document.querySelector<HTMLInputElement>('input[value="EMAIL"]')?.checked).toBe(true);
  });

  it('keeps the factor the person picked before Sidekey heard back from the worker', async () => {
    const { page } = start('amplify-select-mfa-type.html', { offer: { preferredFactor: 'TOTP' } });
    page.document.querySelector<HTMLInputElement>('input[value="SMS"]')!.click();
    await settle();
    expect(page.document.querySelector<HTMLInputElement>('input[value="SMS"]')?.checked).toBe(true);
  });

  it('remembers the MFA type the person confirms, for the account signing in', async () => {
    const { page, calls, goTo } = start('amplify-sign-in.html', { offer: { preferredFactor: 'TOTP' } });
    await settle();
    input(page, 'username').value = 'mia';
    input(page, 'password').value = 'Mia-pass-1';
    page.document.addEventListener('submit', (event) => event.preventDefault());
    page.document.querySelector('form')!.requestSubmit();
    await goTo('amplify-select-mfa-type.html');
    expect(calls.at(-1)).toEqual({ type: 'page.offer', input: { step: 'selectMfaType', username: 'mia' } });
    page.document.querySelector<HTMLInputElement>('input[value="SMS"]')!.click();
    page.document.querySelector('form')!.requestSubmit();
    expect(calls.at(-1)).toEqual({
      type: 'page.rememberFactor',
      input: { step: 'selectMfaType', factor: 'SMS', username: 'mia' },
    });
  });

  it('remembers an MFA type picked and confirmed before its throttled look had seen the step', async () => {
    const { page, calls } = start('amplify-sign-in.html', { offer: { preferredFactor: 'TOTP' } });
    await settle();
    input(page, 'username').value = 'mia';
    input(page, 'password').value = 'Mia-pass-1';
    page.document.addEventListener('submit', (event) => event.preventDefault());
    page.document.querySelector('form')!.requestSubmit();
    // The step changes and the person answers at once, within RECHECK_MS of the change.
    page.document.querySelector('[data-amplify-router]')!.innerHTML =
      loadPage('amplify-select-mfa-type.html').document.querySelector('[data-amplify-router]')!.innerHTML;
    page.document.querySelector<HTMLInputElement>('input[value="SMS"]')!.click();
    page.document.querySelector('form')!.requestSubmit();
    expect(calls.at(-1)).toEqual({
      type: 'page.rememberFactor',
      input: { step: 'selectMfaType', factor: 'SMS', username: 'mia' },
    });
  });

  it('learns the account from the Amplify sign-in in progress when it arrived after the sign-in step', async () => {
    const { calls } = start('amplify-select-mfa-type.html', { session: { 'CognitoSignInState.username': 'mia' } });
    await settle();
    expect(calls).toEqual([{ type: 'page.offer', input: { step: 'selectMfaType', username: 'mia' } }]);
  });

  it('puts the preferred first factor forward on the first-factor choice, and remembers the one picked', async () => {
    const { page, calls } = start('amplify-sign-in-select.html', { offer: { preferredFactor: 'PASSWORD' } });
    await settle();
    expect(calls[0]).toEqual({ type: 'page.offer', input: { step: 'selectFirstFactor', username: 'alice' } });
    expect(page.document.activeElement).toBe(input(page, 'password'));
    const email = [...page.document.querySelectorAll('button')].find(
      (button) => button.textContent === 'Sign In with Email',
    );
    email!.click();
    expect(calls.at(-1)).toEqual({
      type: 'page.rememberFactor',
      input: { step: 'selectFirstFactor', factor: 'EMAIL', username: 'alice' },
    });
  });

  it('fills only the password on the first-factor choice, where the page holds the username itself', async () => {
    const { page, control, choose } = start('amplify-sign-in-select.html', {
      offer: { signIns: [...OFFER.signIns, { id: 'login-9', username: 'bob', label: '' }] },
    });
    await settle();
    expect(control('Sidekey: fill sign-in')?.view.choices.map((choice) => choice.name)).toEqual([
      'Sidekey: sign in as alice',
      'Sidekey: fill and sign in as alice',
    ]);
    await choose('Sidekey: fill sign-in', 'Sidekey: sign in as alice');
    expect([input(page, 'username').value, input(page, 'password').value]).toEqual(['alice', 'Alice-pass-1']);
  });

  it('binds a key it could not bind at once to the pool the page signed in with, once the set-up succeeded', async () => {
    const { page, choose, calls, goTo } = start('amplify-setup-totp.html', { keyUnbound: true });
    await settle();
    await choose('Sidekey: save authenticator key', 'Sidekey: save key');
    expect(calls.map((call) => call.type)).not.toContain('page.bindEntry');
    page.window.localStorage.setItem('CognitoIdentityServiceProvider.otherclient.LastAuthUser', 'bob');
    page.window.localStorage.setItem('CognitoIdentityServiceProvider.mfaclient.LastAuthUser', 'alice');
    page.document.querySelector('[data-amplify-router]')!.innerHTML = '<p>Signed in as alice</p>';
    await settle();
    expect(calls.at(-1)).toEqual({ type: 'page.bindEntry', input: { id: 'totp-2', userPoolClientId: 'mfaclient' } });
    await goTo('amplify-sign-in.html');
    expect(calls.filter((call) => call.type === 'page.bindEntry')).toHaveLength(1);
  });

  it('binds nothing when the set-up did not succeed or the page does not say which client signed in', async () => {
    const failed = start('amplify-setup-totp.html', { keyUnbound: true });
    await settle();
    await failed.choose('Sidekey: save authenticator key', 'Sidekey: save key');
    await failed.goTo('amplify-sign-in.html');
    expect(failed.calls.map((call) => call.type)).not.toContain('page.bindEntry');
    const silent = start('amplify-setup-totp.html', { keyUnbound: true });
    await settle();
    await silent.choose('Sidekey: save authenticator key', 'Sidekey: save key');
    silent.page.document.querySelector('[data-amplify-router]')!.innerHTML = '<p>Signed in</p>';
    await settle();
    expect(silent.calls.map((call) => call.type)).not.toContain('page.bindEntry');
  });

  it("fills a password meeting the pool's policy twice, and updates the saved sign-in once the step succeeds", async () => {
    const policy = { ...OFFER.passwordPolicy, minimumLength: 24 };
    const { page, choose, calls, goTo, keeps, saved } = start('amplify-sign-in.html', {
      offer: { passwordPolicy: policy },
    });
    await settle();
    await choose('Sidekey: fill sign-in', 'Sidekey: sign in as alice');
    await goTo('amplify-force-new-password.html');
    const entry = await choose('Sidekey: suggest password', 'Sidekey: use a strong password');
    const generated = input(page, 'password').value;
    expect(generated).toHaveLength(24);
    expect(generated).toMatch(/[a-z]/);
    expect(generated).toMatch(/[A-Z]/);
    expect(generated).toMatch(/[0-9]/);
    expect(input(page, 'confirm_password').value).toBe(generated);
    expect(entry.view.note).toBe('Sidekey will save this password when the page accepts it.');
    expect(keeps()).toEqual([]);
    await goTo('amplify-confirm-sign-in-totp.html');
    expect(calls.filter((call) => call.type === 'page.compareSignIn').at(-1)?.input).toEqual({
      username: 'alice',
      password: generated,
    });
    expect(keeps()).toEqual([{ type: 'page.updateSignIn', input: { id: 'login-alice', password: generated } }]);
    expect(saved.get('alice')).toBe(generated);
  });

  it('leaves the saved sign-in alone when the new-password step fails, and forgets the password on giving up', async () => {
    const { page, choose, goTo, keeps, saved } = start('amplify-sign-in.html');
    await settle();
    await choose('Sidekey: fill sign-in', 'Sidekey: sign in as alice');
    await goTo('amplify-force-new-password.html');
    await choose('Sidekey: suggest password', 'Sidekey: use a strong password');
    // The pool refused the change: the Authenticator stays on the step and shows its error.
    page.document.querySelector('fieldset')!.append(page.document.createElement('div'));
    await settle();
    await goTo('amplify-sign-in.html');
    await goTo('amplify-confirm-sign-in-totp.html');
    expect(keeps()).toEqual([]);
    expect(saved.get('alice')).toBe('Alice-pass-1');
  });

  it('saves a generated password as a new sign-in when the account has none yet', async () => {
    const { choose, goTo, keeps } = start('amplify-sign-in.html', { saved: {} });
    await settle();
    await choose('Sidekey: fill sign-in', 'Sidekey: sign in as alice');
    await goTo('amplify-force-new-password.html');
    await choose('Sidekey: suggest password', 'Sidekey: use a strong password');
    await goTo('amplify-confirm-sign-in-totp.html');
    expect(keeps()).toEqual([
      { type: 'page.saveSignIn', input: { username: 'alice', password: expect.stringMatching(/^.{20}$/) } },
    ]);
  });

  it('creates the sign-up’s saved sign-in only once the sign-up is confirmed', async () => {
    const { page, choose, goTo, signedIn, send, keeps } = start('amplify-sign-up.html', { saved: {} });
    await settle();
    await choose('Sidekey: suggest password', 'Sidekey: use a strong password');
    const generated = input(page, 'password').value;
    input(page, 'username').value = 'sam';
    input(page, 'email').value = 'sam@example.com';
    send();
    await goTo('amplify-confirm-sign-up.html');
    expect(keeps()).toEqual([]);
    await signedIn();
    expect(keeps()).toEqual([{ type: 'page.saveSignIn', input: { username: 'sam', password: generated } }]);
  });

  it('saves nothing of a sign-up that was never confirmed', async () => {
    const { choose, goTo, page, send, keeps } = start('amplify-sign-up.html', { saved: {} });
    await settle();
    await choose('Sidekey: suggest password', 'Sidekey: use a strong password');
    input(page, 'username').value = 'sam';
    input(page, 'email').value = 'sam@example.com';
    send();
    await goTo('amplify-confirm-sign-up.html');
    await goTo('amplify-sign-in.html');
    await goTo('amplify-confirm-sign-in-totp.html');
    expect(keeps()).toEqual([]);
  });

  it('offers to save, not keep silently, a password the user typed over the generated one', async () => {
    const { page, choose, goTo, signedIn, send, keeps, control } = start('amplify-sign-up.html', { saved: {} });
    await settle();
    await choose('Sidekey: suggest password', 'Sidekey: use a strong password');
    input(page, 'username').value = 'sam';
    input(page, 'email').value = 'sam@example.com';
    input(page, 'password').value = 'Own-pass-1';
    input(page, 'confirm_password').value = 'Own-pass-1';
    send();
    await goTo('amplify-confirm-sign-up.html');
    await signedIn();
    expect(keeps()).toEqual([]);
    await choose('Sidekey: save sign-in', 'Sidekey: save sign-in for sam');
    expect(keeps()).toEqual([{ type: 'page.saveSignIn', input: { username: 'sam', password: 'Own-pass-1' } }]);
    expect(control('Sidekey: save sign-in')).toBeUndefined();
  });

  it('offers the generated password to save once the vault is unlocked when it was locked at the step’s success', async () => {
    const { choose, goTo, control, keeps } = start('amplify-sign-in.html', { saved: {}, failKeep: 'VaultLocked' });
    await settle();
    await choose('Sidekey: fill sign-in', 'Sidekey: sign in as alice');
    await goTo('amplify-force-new-password.html');
    await choose('Sidekey: suggest password', 'Sidekey: use a strong password');
    await goTo('amplify-confirm-sign-in-totp.html');
    expect(control('Sidekey: save sign-in')?.view.note).toBe(
      'Sidekey is locked: unlock it from its toolbar button, then choose again.',
    );
    expect(keeps()).toEqual([]);
  });

  it('offers, not keeps, a reset’s new password once the page is back at sign-in after sending it', async () => {
    const { page, choose, goTo, send, keeps, control } = start('amplify-forgot-password.html');
    await settle();
    input(page, 'username').value = 'alice';
    send();
    await goTo('amplify-confirm-reset-password.html');
    await choose('Sidekey: suggest password', 'Sidekey: use a strong password');
    const generated = input(page, 'password').value;
    input(page, 'confirmation_code').value = '123456';
    send();
    await goTo('amplify-sign-in.html');
    expect(keeps()).toEqual([]);
    await choose('Sidekey: update saved sign-in', 'Sidekey: update saved sign-in for alice');
    expect(keeps()).toEqual([{ type: 'page.updateSignIn', input: { id: 'login-alice', password: generated } }]);
    expect(control('Sidekey: update saved sign-in')).toBeUndefined();
  });

  it('offers nothing when the user went back to sign-in from a reset without sending it', async () => {
    const { page, choose, goTo, send, visible, calls } = start('amplify-forgot-password.html');
    await settle();
    input(page, 'username').value = 'alice';
    send();
    await goTo('amplify-confirm-reset-password.html');
    await choose('Sidekey: suggest password', 'Sidekey: use a strong password');
    await goTo('amplify-sign-in.html');
    expect(visible().map((entry) => entry.view.name)).toEqual(['Sidekey: fill sign-in']);
    expect(calls.map((call) => call.type)).not.toContain('page.compareSignIn');
  });

  it('offers to save a typed sign-in Sidekey does not know once the sign-in moves on', async () => {
    const { page, goTo, control, choose, keeps, send } = start('amplify-sign-in.html', { offer: { signIns: [] } });
    await settle();
    input(page, 'username').value = 'bob';
    input(page, 'password').value = 'Bob-pass-1';
    send();
    expect(control('Sidekey: save sign-in')).toBeUndefined();
    await goTo('amplify-confirm-sign-in-sms.html');
    expect(control('Sidekey: update saved sign-in')).toBeUndefined();
    await choose('Sidekey: save sign-in', 'Sidekey: save sign-in for bob');
    expect(keeps()).toEqual([{ type: 'page.saveSignIn', input: { username: 'bob', password: 'Bob-pass-1' } }]);
    expect(control('Sidekey: save sign-in')).toBeUndefined();
  });

  it('offers to update the saved sign-in when the typed password differs from it', async () => {
    const { page, signedIn, control, choose, keeps, send } = start('amplify-sign-in.html');
    await settle();
    input(page, 'username').value = 'alice';
    input(page, 'password').value = 'Alice-pass-2';
    send();
    await signedIn();
    expect(control('Sidekey: save sign-in')).toBeUndefined();
    await choose('Sidekey: update saved sign-in', 'Sidekey: update saved sign-in for alice');
    expect(keeps()).toEqual([{ type: 'page.updateSignIn', input: { id: 'login-alice', password: 'Alice-pass-2' } }]);
    expect(control('Sidekey: update saved sign-in')).toBeUndefined();
  });

  it('offers nothing after a sign-in Sidekey already holds, typed or filled', async () => {
    const { page, signedIn, visible, keeps, send, choose, goTo } = start('amplify-sign-in.html');
    await settle();
    input(page, 'username').value = 'alice';
    input(page, 'password').value = 'Alice-pass-1';
    send();
    await signedIn();
    expect(visible()).toEqual([]);
    await goTo('amplify-sign-in.html');
    await choose('Sidekey: fill sign-in', 'Sidekey: fill and sign in as alice');
    await goTo('amplify-confirm-sign-in-totp.html');
    expect(visible().map((entry) => entry.view.name)).toEqual(['Sidekey: fill code']);
    expect(keeps()).toEqual([]);
  });

  it('offers to update the saved sign-in with a new password the user typed at the new-password step', async () => {
    const { page, choose, goTo, signedIn, send, keeps } = start('amplify-sign-in.html');
    await settle();
    await choose('Sidekey: fill sign-in', 'Sidekey: sign in as alice');
    await goTo('amplify-force-new-password.html');
    input(page, 'password').value = 'Own-pass-2';
    input(page, 'confirm_password').value = 'Own-pass-2';
    send();
    await signedIn();
    await choose('Sidekey: update saved sign-in', 'Sidekey: update saved sign-in for alice');
    expect(keeps()).toEqual([{ type: 'page.updateSignIn', input: { id: 'login-alice', password: 'Own-pass-2' } }]);
  });

  it('saves a typed sign-in with the app client the page signed in with, when its Amplify storage says so', async () => {
    const { page, goTo, choose, calls } = start('amplify-sign-in.html', { offer: { signIns: [] } });
    await settle();
    input(page, 'username').value = 'bob';
    input(page, 'password').value = 'Bob-pass-1';
    const form = page.document.querySelector('form')!;
    form.addEventListener('submit', (event) => event.preventDefault());
    form.requestSubmit();
    page.window.localStorage.setItem('CognitoIdentityServiceProvider.democlient.LastAuthUser', 'bob');
    await goTo('amplify-confirm-sign-in-sms.html');
    await choose('Sidekey: save sign-in', 'Sidekey: save sign-in for bob');
    expect(calls.at(-1)).toEqual({
      type: 'page.saveSignIn',
      input: { username: 'bob', password: 'Bob-pass-1', userPoolClientId: 'democlient' },
    });
  });

  it('offers no save when the typed password was refused (the sign-in step stays)', async () => {
    const { page, control, calls, send } = start('amplify-sign-in.html', { offer: { signIns: [] } });
    await settle();
    input(page, 'username').value = 'bob';
    input(page, 'password').value = 'wrong';
    send();
    page.document.querySelector('fieldset')!.append(page.document.createElement('div'));
    await settle();
    expect(control('Sidekey: save sign-in')).toBeUndefined();
    expect(calls.map((call) => call.type)).not.toContain('page.compareSignIn');
  });

  it('takes its controls away and stops watching when stopped', async () => {
    const { visible, stop, goTo, calls } = start('amplify-sign-in.html');
    await settle();
    expect(visible()).toHaveLength(1);
    stop();
    expect(visible()).toEqual([]);
    await goTo('amplify-confirm-sign-in-totp.html');
    expect(calls.map((call) => call.type)).toEqual(['page.offer']);
  });
});
