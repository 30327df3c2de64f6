// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_ROWS } from '../../../components/CodeList';
import type { Reply } from '../../../core/messages/reply';
import type { MessageClient } from '../../../entrypoints/extension-pages/create-message-client';
import type { PopupMemory } from '../../../entrypoints/popup/popup-memory';
import { codeEntry, typeInto } from '../../components/code-entry-fixture';
import { click, submit } from '../../components/mount';
import { poolProfile } from '../../components/pool-fixture';
import { fakeWorker } from '../extension-pages/fake-worker';
import { mountPopup } from './mount-popup';

const SETUP_URI = 'otpauth://totp/Local%20pool:walt?secret=JBSWY3DPEHPK3PXP&issuer=Local%20pool';
const SIGNED_IN = {
  signedIn: true,
  username: 'walt',
  expiresAt: Date.now() + 3_600_000,
  idToken: 'id.jwt',
  accessToken: 'ac.jwt',
};

const base = {
  'vault.listCodes': { ok: true, data: [] },
  'profiles.list': { ok: true, data: [poolProfile({ id: 'p1' })] },
  'auth.pendingSignIn': { ok: true, data: null },
  'auth.cancelSignIn': { ok: true, data: undefined },
} as const;

/** A signed-out pool whose sign-in stops at the TOTP code step. */
const AT_TOTP_STEP = {
  'auth.session': { ok: true, data: { signedIn: false } },
  'auth.signIn': { ok: true, data: { isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } } },
} as const;

/**
 * Re-renders until `check` passes. The bound is generous on purpose: the accounts view is a lazily imported chunk,
 * which a loaded machine may take seconds to transform on first use (vi.waitFor's own default is one second).
 */
async function settle(check: () => void) {
  await vi.waitFor(
    async () => {
      await act(async () => {});
      check();
    },
    { timeout: 20_000 },
  );
}

async function openSignIn(root: HTMLElement) {
  await click(root.querySelector<HTMLElement>('#tab-accounts')!);
  // The accounts view is a lazily imported chunk: wait for it (and the pool list) to be in the DOM. Importing it
  // (the sign-in form, its steps and the account-flow screens) takes seconds on a loaded machine.
  await settle(() => {
    expect(root.querySelector('.accounts form, .accounts .session')).not.toBeNull();
  });
}

async function signIn(root: HTMLElement) {
  act(() => typeInto(root.querySelector<HTMLInputElement>('input[name="username"]')!, 'walt'));
  act(() => typeInto(root.querySelector<HTMLInputElement>('input[name="password"]')!, 'Pass-word-1'));
  await submit(root.querySelector('form.sign-in')!);
  await act(async () => {});
}

async function enterCode(root: HTMLElement, code: string) {
  act(() => typeInto(root.querySelector<HTMLInputElement>('input[name="code"]')!, code));
  await submit(root.querySelector('form.code-form')!);
}

describe('the popup’s Sign in tab', () => {
  it('asks nothing about accounts before the tab is opened, then lists pools and asks for the session', async () => {
    const worker = fakeWorker({ ...base, 'auth.session': { ok: true, data: { signedIn: false } } });
    const { root } = await mountPopup(worker);
    expect(worker.types()).toEqual(['vault.listCodes']);
    await openSignIn(root);
    expect(worker.calls.slice(1)).toEqual([
      { type: 'profiles.list', input: undefined },
      { type: 'auth.session', input: { profileId: 'p1', forceRefresh: false } },
      { type: 'auth.pendingSignIn', input: { profileId: 'p1' } },
    ]);
    expect(root.querySelector('form.sign-in')).not.toBeNull();
  });

  it('signs in through TOTP setup, saving the secret in the vault and sending the code it shows', async () => {
    const worker = fakeWorker({
      ...base,
      'auth.session': [
        { ok: true, data: { signedIn: false } },
        { ok: true, data: SIGNED_IN },
      ],
      'auth.signIn': {
        ok: true,
        data: {
          isSignedIn: false,
          nextStep: {
            signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP',
            totpSetupDetails: { sharedSecret: 'JBSWY3DPEHPK3PXP', setupUri: SETUP_URI },
          },
        },
      },
      'vault.addEntry': { ok: true, data: codeEntry({ id: 'e1', code: '246810', periodEndsAt: Date.now() + 20_000 }) },
      'auth.confirmSignIn': { ok: true, data: { isSignedIn: true, nextStep: { signInStep: 'DONE' } } },
    });
    const { root } = await mountPopup(worker);
    await openSignIn(root);
    await signIn(root);
    expect(worker.calls.at(-1)).toEqual({
      type: 'auth.signIn',
      input: { profileId: 'p1', username: 'walt', password: 'Pass-word-1' },
    });
    await click(root.querySelector('.save-totp')!);
    await act(async () => {});
    expect(worker.calls.at(-1)).toEqual({
      type: 'vault.addEntry',
      input: { uri: SETUP_URI, origins: ['http://localhost:5173'] },
    });
    await click(root.querySelector('.use-code')!);
    await act(async () => {});
    expect(worker.calls.slice(-2)).toEqual([
      {
        type: 'auth.confirmSignIn',
        input: { profileId: 'p1', challengeResponse: '246810', options: { friendlyDeviceName: 'Sidekey' } },
      },
      { type: 'auth.session', input: { profileId: 'p1', forceRefresh: false } },
    ]);
    expect(root.querySelector('.username')?.textContent).toBe('walt');
  });

  it('says a wrong code is not right and keeps the prompt', async () => {
    const worker = fakeWorker({
      ...base,
      ...AT_TOTP_STEP,
      'auth.confirmSignIn': { ok: false, code: 'CodeMismatchException', message: 'Invalid code provided.' },
    });
    const { root } = await mountPopup(worker);
    await openSignIn(root);
    await signIn(root);
    await enterCode(root, '000000');
    expect(root.querySelector('.accounts [role="alert"]')?.textContent?.trim()).toBe('That code is not right.');
    expect(root.querySelector('input[name="code"]')).not.toBeNull();
  });

  it('offers the vault’s code of the account signing in at the TOTP step, focused, and sends it', async () => {
    const bound = codeEntry({
      id: 'e1',
      code: '135790',
      periodEndsAt: Date.now() + 25_000,
      cognito: { userPoolId: 'us-east-1_Local1', clientId: 'client1', username: 'walt' },
    });
    const other = codeEntry({ id: 'e2', code: '000111', periodEndsAt: Date.now() + 25_000 });
    const worker = fakeWorker({
      ...base,
      'vault.listCodes': { ok: true, data: [other, bound] },
      ...AT_TOTP_STEP,
      'auth.confirmSignIn': { ok: false, code: 'CodeMismatchException', message: 'Invalid code provided.' },
    });
    const { root } = await mountPopup(worker);
    await openSignIn(root);
    await signIn(root);
    await vi.waitFor(async () => {
      await act(async () => {});
      expect(root.querySelector('.step .saved-totp .code')?.textContent).toBe('135 790');
    });
    expect(document.activeElement).toBe(root.querySelector('.step .use-code'));
    await click(root.querySelector<HTMLElement>('.step .use-code')!);
    expect(worker.calls.at(-1)).toEqual({
      type: 'auth.confirmSignIn',
      input: { profileId: 'p1', challengeResponse: '135790' },
    });
  });

  it('asks the vault again for the offered entry alone, by id, once its period has ended, and offers the fresh code', async () => {
    const cognito = { userPoolId: 'us-east-1_Local1', clientId: 'client1', username: 'walt' };
    // The reply the step was offered from is already a period old; only the vault's next answer is current.
    const stale = codeEntry({
      id: 'e1',
      code: '111111',
      nextCode: '222222',
      periodEndsAt: Date.now() - 31_000,
      cognito,
    });
    const fresh = codeEntry({
      id: 'e1',
      code: '333333',
      nextCode: '444444',
      periodEndsAt: Date.now() + 25_000,
      cognito,
    });
    const worker = fakeWorker({
      ...base,
      // The popup's codes list first (empty, so its own refresh stays quiet), the offer, then the fresh codes.
      'vault.listCodes': [
        { ok: true, data: [] },
        { ok: true, data: [stale] },
        { ok: true, data: [fresh] },
      ],
      ...AT_TOTP_STEP,
    });
    const { root } = await mountPopup(worker);
    await openSignIn(root);
    await signIn(root);
    await settle(() => {
      expect(root.querySelector('.step .saved-totp .code')?.textContent).toBe('333 333');
    });
    // The first offer lists every entry to find the one bound to the account; the refresh asks for that one only.
    expect(worker.calls.filter((call) => call.type === 'vault.listCodes').map((call) => call.input)).toEqual([
      { limit: FIRST_SCREEN_ROWS },
      undefined,
      { id: 'e1' },
    ]);
  });

  it.each([
    ['its entry has left the vault by the time its period ends', { ok: true as const, data: [] }],
    [
      'the vault cannot answer its refresh (locked), rather than asking again every second',
      { ok: false as const, code: 'VaultLocked', message: 'The vault is locked.' },
    ],
  ])('withdraws the offered code when %s', async (_case, refreshReply) => {
    const cognito = { userPoolId: 'us-east-1_Local1', clientId: 'client1', username: 'walt' };
    const stale = codeEntry({ id: 'e1', code: '111111', periodEndsAt: Date.now() - 31_000, cognito });
    const worker = fakeWorker({
      ...base,
      // The popup's codes, the offer, then the refresh by id.
      'vault.listCodes': [{ ok: true, data: [] }, { ok: true, data: [stale] }, refreshReply],
      ...AT_TOTP_STEP,
    });
    const { root } = await mountPopup(worker);
    await openSignIn(root);
    await signIn(root);
    await settle(() => {
      expect(worker.calls.filter((call) => call.type === 'vault.listCodes').at(-1)?.input).toEqual({ id: 'e1' });
      expect(root.querySelector('form.code-form')).not.toBeNull();
      expect(root.querySelector('.step .use-code')).toBeNull();
    });
  });

  it('offers no code at the TOTP step when no vault entry is bound to the account', async () => {
    const worker = fakeWorker({
      ...base,
      'vault.listCodes': { ok: true, data: [codeEntry({ id: 'e2', periodEndsAt: Date.now() + 25_000 })] },
      ...AT_TOTP_STEP,
    });
    const { root } = await mountPopup(worker);
    await openSignIn(root);
    await signIn(root);
    await act(async () => {});
    expect(worker.calls.filter((call) => call.type === 'vault.listCodes').length).toBeGreaterThan(1);
    expect(root.querySelector('form.code-form')).not.toBeNull();
    expect(root.querySelector('.step .use-code')).toBeNull();
  });

  it('sends the sign-in’s clientMetadata again with the custom challenge’s answer', async () => {
    const worker = fakeWorker({
      ...base,
      'auth.session': { ok: true, data: { signedIn: false } },
      'auth.signIn': {
        ok: true,
        data: {
          isSignedIn: false,
          nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', additionalInfo: { challenge: 'CODE' } },
        },
      },
      'auth.confirmSignIn': { ok: false, code: 'CodeMismatchException', message: 'Invalid code provided.' },
    });
    const { root } = await mountPopup(worker);
    await openSignIn(root);
    act(() => typeInto(root.querySelector<HTMLTextAreaElement>('textarea[name="clientMetadata"]')!, 'campaign=spring'));
    await signIn(root);
    act(() => typeInto(root.querySelector<HTMLInputElement>('input[name="answer"]')!, '424242'));
    await submit(root.querySelector('.step form')!);
    expect(worker.calls.find((call) => call.type === 'auth.signIn')?.input).toMatchObject({
      options: { clientMetadata: { campaign: 'spring' } },
    });
    expect(worker.calls.at(-1)).toEqual({
      type: 'auth.confirmSignIn',
      input: { profileId: 'p1', challengeResponse: '424242', options: { clientMetadata: { campaign: 'spring' } } },
    });
  });

  it('offers to start again when the sign-in expired, back to the form', async () => {
    const worker = fakeWorker({
      ...base,
      ...AT_TOTP_STEP,
      'auth.confirmSignIn': { ok: false, code: 'SignInSessionExpired', message: 'expired' },
    });
    const { root } = await mountPopup(worker);
    await openSignIn(root);
    await signIn(root);
    await enterCode(root, '123456');
    expect(root.querySelector('.accounts [role="alert"]')?.textContent).toContain('The sign-in expired; start again.');
    await click(root.querySelector<HTMLElement>('.accounts [role="alert"] .restart')!);
    await act(async () => {});
    expect(worker.calls.at(-1)).toEqual({ type: 'auth.cancelSignIn', input: { profileId: 'p1' } });
    expect(root.querySelector('form.sign-in')).not.toBeNull();
    expect(root.querySelector('.accounts [role="alert"]')).toBeNull();
  });

  it('offers to start again when Cognito refuses a step’s answer as not authorised', async () => {
    const worker = fakeWorker({
      ...base,
      ...AT_TOTP_STEP,
      'auth.confirmSignIn': { ok: false, code: 'NotAuthorizedException', message: 'Invalid session for the user.' },
    });
    const { root } = await mountPopup(worker);
    await openSignIn(root);
    await signIn(root);
    await enterCode(root, '123456');
    expect(root.querySelector('.accounts [role="alert"] .restart')).not.toBeNull();
  });

  it('copies the ID token, refreshes with forceRefresh and signs out everywhere', async () => {
    const worker = fakeWorker({
      ...base,
      'auth.session': { ok: true, data: SIGNED_IN },
      'auth.signOut': { ok: true, data: undefined },
    });
    const { root, writeClipboard } = await mountPopup(worker);
    await openSignIn(root);
    await click(root.querySelector('.copy-id')!);
    expect(writeClipboard).toHaveBeenCalledExactlyOnceWith('id.jwt');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Copied the ID token.');
    await click(root.querySelector('.refresh')!);
    expect(worker.calls.at(-1)).toEqual({ type: 'auth.session', input: { profileId: 'p1', forceRefresh: true } });
    await click(root.querySelector('.sign-out-everywhere')!);
    await click(root.querySelector('.confirm-everywhere')!);
    expect(worker.calls.at(-1)).toEqual({ type: 'auth.signOut', input: { profileId: 'p1', global: true } });
    expect(root.querySelector('form.sign-in')).not.toBeNull();
  });

  it('signs the active tab’s site in when it is one of the pool’s sites, and says Sidekey let go of the session', async () => {
    const site = 'http://localhost:9230';
    const worker = fakeWorker({
      ...base,
      'profiles.list': { ok: true, data: [poolProfile({ id: 'p1', origins: [site] })] },
      'auth.session': { ok: true, data: SIGNED_IN },
      'auth.signInSite': { ok: true, data: { username: 'walt', origin: site } },
    });
    const elsewhere = await mountPopup(worker, { origin: 'https://other.example', tabId: 4 });
    await openSignIn(elsewhere.root);
    expect(elsewhere.root.querySelector('.sign-in-site')).toBeNull();

    const { root } = await mountPopup(worker, { origin: site, tabId: 4 });
    await openSignIn(root);
    await click(root.querySelector('.sign-in-site')!);
    expect(worker.calls.at(-1)).toEqual({ type: 'auth.signInSite', input: { profileId: 'p1', tabId: 4 } });
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Signed walt in on localhost:9230; Sidekey let go of that session.',
    );
    expect(root.querySelector('form.sign-in')).not.toBeNull();
  });

  it('goes on with the sign-in the worker still holds when the tab opens, and forgets it on Start again', async () => {
    const worker = fakeWorker({
      ...base,
      'auth.session': { ok: true, data: { signedIn: false } },
      'auth.pendingSignIn': {
        ok: true,
        data: { username: 'walt', nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } },
      },
      'auth.confirmSignIn': { ok: false, code: 'CodeMismatchException', message: 'Invalid code provided.' },
    });
    const { root } = await mountPopup(worker);
    await openSignIn(root);
    expect(root.querySelector('form.sign-in')).toBeNull();
    expect(root.querySelector('#step-title')?.textContent).toBe('Enter the code from your authenticator');
    expect(root.querySelector('.signing-in-as')?.textContent).toContain('Signing in as walt');
    await enterCode(root, '123456');
    await act(async () => {});
    expect(worker.calls.at(-1)).toEqual({
      type: 'auth.confirmSignIn',
      input: { profileId: 'p1', challengeResponse: '123456' },
    });
    expect(root.querySelector('.signing-in-user')?.textContent).toBe('walt');
    await click(root.querySelector<HTMLElement>('.start-again')!);
    await act(async () => {});
    expect(worker.calls.at(-1)).toEqual({ type: 'auth.cancelSignIn', input: { profileId: 'p1' } });
    expect(root.querySelector('form.sign-in')).not.toBeNull();
    expect(root.querySelector('.signing-in-as')).toBeNull();
  });

  it('says the sign-in expired when the held one is too old, and shows the form', async () => {
    const worker = fakeWorker({
      ...base,
      'auth.session': { ok: true, data: { signedIn: false } },
      'auth.pendingSignIn': { ok: false, code: 'SignInSessionExpired', message: 'The sign-in expired; start again.' },
    });
    const { root } = await mountPopup(worker);
    await openSignIn(root);
    expect(root.querySelector('.accounts [role="alert"]')?.textContent).toContain('The sign-in expired; start again.');
    expect(root.querySelector('form.sign-in')).not.toBeNull();
  });

  it('asks for the held sign-in of the pool switched to', async () => {
    const worker = fakeWorker({
      ...base,
      'profiles.list': { ok: true, data: [poolProfile({ id: 'p1' }), poolProfile({ id: 'p2', label: 'Other' })] },
      'auth.session': { ok: true, data: { signedIn: false } },
      'auth.pendingSignIn': [
        { ok: true, data: null },
        { ok: true, data: { username: 'olga', nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } } },
      ],
    });
    const { root } = await mountPopup(worker);
    await openSignIn(root);
    const select = root.querySelector<HTMLSelectElement>('select[name="pool"]')!;
    await act(async () => {
      select.value = 'p2';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {});
    // At the held TOTP step the vault is asked for a code bound to olga.
    expect(worker.calls.slice(-2)).toEqual([
      { type: 'auth.pendingSignIn', input: { profileId: 'p2' } },
      { type: 'vault.listCodes', input: undefined },
    ]);
    expect(root.querySelector('.signing-in-user')?.textContent).toBe('olga');
  });

  it('does not show a late answer for a pool the user has switched away from', async () => {
    let answerFirst!: (reply: Reply<unknown>) => void;
    const firstSession = new Promise<Reply<unknown>>((resolve) => {
      answerFirst = resolve;
    });
    const worker = fakeWorker({
      ...base,
      'profiles.list': { ok: true, data: [poolProfile({ id: 'p1' }), poolProfile({ id: 'p2', label: 'Other' })] },
      'auth.session': { ok: true, data: { signedIn: false } },
    });
    // A fake worker whose first answer (p1's session) is held back until the user has moved on to p2.
    const call = (async (type: string, input?: { profileId?: string }) => {
      if (type === 'auth.session' && input?.profileId === 'p1') {
        worker.calls.push({ type, input });
        return firstSession;
      }
      return (worker.call as (type: string, input?: unknown) => Promise<unknown>)(type, input);
    }) as MessageClient;
    const { root } = await mountPopup({ ...worker, call });
    await click(root.querySelector<HTMLElement>('#tab-accounts')!);
    await settle(() => {
      expect(root.querySelector('select[name="pool"]')).not.toBeNull();
    });
    expect(root.querySelector('.accounts .loading')?.textContent).toBe('Checking…');
    const select = root.querySelector<HTMLSelectElement>('select[name="pool"]')!;
    await act(async () => {
      select.value = 'p2';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle(() => {
      expect(root.querySelector('form.sign-in')).not.toBeNull();
    });

    await act(async () => answerFirst({ ok: true, data: SIGNED_IN }));
    for (let turn = 0; turn < 5; turn += 1) await act(async () => {});
    expect(root.querySelector('.session')).toBeNull();
    expect(root.querySelector('.username')).toBeNull();
    expect(root.querySelector('form.sign-in')).not.toBeNull();
    expect(root.querySelector<HTMLSelectElement>('select[name="pool"]')?.value).toBe('p2');
    // Nor does the stale answer go on to ask for p1's held sign-in.
    expect(worker.calls.filter((entry) => entry.type === 'auth.pendingSignIn')).toEqual([
      { type: 'auth.pendingSignIn', input: { profileId: 'p2' } },
    ]);
  });

  it('focuses the factor this account picked last at an MFA choice, so Enter confirms it', async () => {
    const worker = fakeWorker({
      ...base,
      'auth.session': { ok: true, data: { signedIn: false } },
      'auth.pendingSignIn': {
        ok: true,
        data: {
          username: 'mia',
          nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', allowedMFATypes: ['TOTP', 'EMAIL'] },
        },
      },
      'auth.preferredFactor': { ok: true, data: 'EMAIL' },
    });
    const { root } = await mountPopup(worker);
    await click(root.querySelector<HTMLElement>('#tab-accounts')!);
    await settle(() => {
      expect(root.querySelector('.choices .preferred')).not.toBeNull();
    });
    expect(worker.calls.at(-1)).toEqual({ type: 'auth.preferredFactor', input: { profileId: 'p1' } });
    const email = root.querySelector<HTMLButtonElement>('[data-choice="EMAIL"]')!;
    expect(document.activeElement).toBe(email);
    expect(email.textContent).toBe('Email (last used)');
    expect(root.querySelector('[data-choice="TOTP"]')?.textContent).toBe('Authenticator app');
  });

  it('reopens on the Sign in tab and pool it was left on, with the username typed for each pool and no password', async () => {
    const worker = fakeWorker({
      ...base,
      'profiles.list': { ok: true, data: [poolProfile({ id: 'p1' }), poolProfile({ id: 'p2', label: 'Other' })] },
      'auth.session': { ok: true, data: { signedIn: false } },
    });
    const saved: PopupMemory[] = [];
    const { root } = await mountPopup(worker, {
      remembered: { tab: 'accounts', profileId: 'p2', usernames: { p1: 'walt', p2: 'olga' } },
      saveMemory: (memory) => saved.push(memory),
    });
    await settle(() => {
      expect(root.querySelector('form.sign-in')).not.toBeNull();
    });
    expect(worker.calls.find((entry) => entry.type === 'auth.session')?.input).toEqual({
      profileId: 'p2',
      forceRefresh: false,
    });
    expect(root.querySelector<HTMLInputElement>('input[name="username"]')?.value).toBe('olga');
    act(() => typeInto(root.querySelector<HTMLInputElement>('input[name="username"]')!, 'olga2'));
    act(() => typeInto(root.querySelector<HTMLInputElement>('input[name="password"]')!, 'Secret-pass-1'));
    const select = root.querySelector<HTMLSelectElement>('select[name="pool"]')!;
    await act(async () => {
      select.value = 'p1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {});
    expect(root.querySelector<HTMLInputElement>('input[name="username"]')?.value).toBe('walt');
    expect(saved.at(-1)).toEqual({ tab: 'accounts', profileId: 'p1', usernames: { p1: 'walt', p2: 'olga2' } });
    expect(JSON.stringify(saved)).not.toContain('Secret-pass-1');
    await click(root.querySelector<HTMLElement>('#tab-codes')!);
    expect(saved.at(-1)?.tab).toBe('codes');
  });

  it('signs in through the hosted page with the provider chosen, then shows the session', async () => {
    const hosted = poolProfile({ id: 'p1', hostedUi: { domain: 'https://auth.example.com', scopes: ['openid'] } });
    const worker = fakeWorker({
      ...base,
      'profiles.list': { ok: true, data: [hosted] },
      'auth.session': [
        { ok: true, data: { signedIn: false } },
        { ok: true, data: SIGNED_IN },
      ],
      'auth.signInWithRedirect': { ok: true, data: { username: 'walt' } },
    });
    const { root } = await mountPopup(worker);
    await openSignIn(root);
    const select = (name: string, value: string) =>
      act(() => {
        const element = root.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
        element.value = value;
        element.dispatchEvent(new Event('change', { bubbles: true }));
      });
    select('flow', 'hosted');
    select('provider', 'Google');
    await submit(root.querySelector('form.sign-in')!);
    await settle(() => {
      expect(root.querySelector('.session .username')?.textContent).toBe('walt');
    });
    expect(worker.calls.find((call) => call.type === 'auth.signInWithRedirect')?.input).toEqual({
      profileId: 'p1',
      provider: 'Google',
    });
  });
});
