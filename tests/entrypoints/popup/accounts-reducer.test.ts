import { describe, expect, it } from 'vitest';
import {
  type AccountsAction,
  type AccountsState,
  accountsReducer,
  initialAccountsState,
} from '../../../entrypoints/popup/accounts-reducer';
import { codeEntry } from '../../components/code-entry-fixture';
import { poolProfile } from '../../components/pool-fixture';
import { english } from '../../support/translate-messages';

/** The reducer with English words, as the popup's hook runs it in an English browser. */
const reduce = (state: AccountsState, action: AccountsAction) => accountsReducer(state, action, english);

const P1 = poolProfile({ id: 'p1' });
const P2 = poolProfile({ id: 'p2', label: 'Other' });
const SESSION = { signedIn: true, username: 'walt' };
const STEP = { status: 'step', step: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' }, username: 'walt' } as const;

/** The tab after the pools were listed and p1's session asked for under request 1. */
function listed(): AccountsState {
  const asked = reduce(initialAccountsState, { type: 'poolsAsked', id: 1 });
  return reduce(asked, { type: 'poolsListed', id: 1, pools: [P1, P2] });
}

describe('accountsReducer', () => {
  it('lists the pools and chooses the first while its session is asked for', () => {
    const state = listed();
    expect(state).toMatchObject({ pools: [P1, P2], selectedId: 'p1', account: { status: 'loading' }, requestId: 1 });
  });

  it('shows an empty list when the pools cannot be read, with the failure said plainly', () => {
    const asked = reduce(initialAccountsState, { type: 'poolsAsked', id: 1 });
    const state = reduce(asked, {
      type: 'failed',
      id: 1,
      failure: { ok: false, code: 'StorageCorrupt', message: 'x' },
    });
    expect(state.pools).toEqual([]);
    expect(state.error).toEqual({
      text: 'Sidekey’s saved user pools could not be read. Nothing was changed.',
      restart: false,
    });
  });

  it('drops the answer for a pool the user has left', () => {
    const switched = reduce(listed(), { type: 'poolChosen', id: 2, profileId: 'p2' });
    const late = reduce(switched, {
      type: 'accountShown',
      id: 1,
      account: { status: 'signedIn', session: SESSION },
    });
    expect(late).toBe(switched);
    expect(late).toMatchObject({ selectedId: 'p2', account: { status: 'loading' } });
    const failedLate = reduce(switched, {
      type: 'failed',
      id: 1,
      failure: { ok: false, code: 'NetworkError', message: 'x' },
    });
    expect(failedLate.error).toBeUndefined();
  });

  it('applies the answer to the request still current', () => {
    const switched = reduce(listed(), { type: 'poolChosen', id: 2, profileId: 'p2' });
    const shown = reduce(switched, { type: 'accountShown', id: 2, account: { status: 'signedOut' } });
    expect(shown.account).toEqual({ status: 'signedOut' });
  });

  it('ignores a start that is not newer than the current request', () => {
    const state = listed();
    expect(reduce(state, { type: 'started', id: 1 })).toBe(state);
  });

  it('is busy from a user action’s start to its settling, and clears the last error when it starts', () => {
    const failed = reduce(listed(), {
      type: 'failed',
      id: 1,
      failure: { ok: false, code: 'NetworkError', message: 'x' },
    });
    const started = reduce(failed, { type: 'started', id: 2 });
    expect(started).toMatchObject({ busy: true, error: undefined, requestId: 2 });
    expect(reduce(started, { type: 'settled', id: 1 }).busy).toBe(true);
    expect(reduce(started, { type: 'settled', id: 2 }).busy).toBe(false);
  });

  it('choosing another pool mid-request stops showing the old request as busy and forgets the saved TOTP', () => {
    const started = reduce(listed(), { type: 'started', id: 2 });
    const saved = reduce(started, { type: 'totpSaved', id: 2, entry: codeEntry({ id: 'e1' }) });
    const switched = reduce(saved, { type: 'poolChosen', id: 3, profileId: 'p2' });
    expect(switched).toMatchObject({ busy: false, savedTotp: undefined, selectedId: 'p2', requestId: 3 });
  });

  it('offers to start again for an expired sign-in, and for NotAuthorizedException only mid-step', () => {
    const at = (account: AccountsState['account']) => reduce({ ...listed(), account }, { type: 'started', id: 2 });
    const notAuthorised = { ok: false, code: 'NotAuthorizedException', message: 'x' } as const;
    const midStep = reduce(at(STEP), { type: 'failed', id: 2, failure: notAuthorised });
    expect(midStep.error).toEqual({ text: 'The username or password is not right.', restart: true });
    const atForm = reduce(at({ status: 'signedOut' }), { type: 'failed', id: 2, failure: notAuthorised });
    expect(atForm.error?.restart).toBe(false);
    const expired = reduce(at(STEP), {
      type: 'failed',
      id: 2,
      failure: { ok: false, code: 'SignInSessionExpired', message: 'x' },
    });
    expect(expired.error).toEqual({ text: 'The sign-in expired; start again.', restart: true });
  });

  it('announces a finished sign-in and forgets the saved TOTP entry', () => {
    const started = reduce(listed(), { type: 'started', id: 2 });
    const saved = reduce(started, { type: 'totpSaved', id: 2, entry: codeEntry({ id: 'e1' }) });
    expect(saved.announcement).toBe('Saved in Sidekey.');
    const done = reduce(saved, { type: 'signedIn', id: 2 });
    expect(done).toMatchObject({ savedTotp: undefined, announcement: 'Signed in.' });
  });

  it('withdraws the offered code when the vault no longer holds its entry, but not for a request left behind', () => {
    const shown = reduce(reduce(listed(), { type: 'started', id: 2 }), { type: 'accountShown', id: 2, account: STEP });
    const offered = reduce(shown, { type: 'vaultCodeFound', id: 2, entry: codeEntry({ id: 'e1' }) });
    expect(offered.savedTotp).toMatchObject({ id: 'e1' });
    expect(reduce(offered, { type: 'vaultCodeGone', id: 1 })).toBe(offered);
    expect(reduce(offered, { type: 'vaultCodeGone', id: 2 })).toMatchObject({ account: STEP, savedTotp: undefined });
  });

  it('shows the form after signing out, saying where', () => {
    const started = reduce(
      { ...listed(), account: { status: 'signedIn', session: SESSION } },
      { type: 'started', id: 2 },
    );
    const out = reduce(started, { type: 'signedOut', id: 2, announcement: 'Signed out on every device.' });
    expect(out).toMatchObject({ account: { status: 'signedOut' }, announcement: 'Signed out on every device.' });
  });

  it('announces what no request carries whatever request is current', () => {
    expect(reduce(listed(), { type: 'announced', text: 'Copied the ID token.' }).announcement).toBe(
      'Copied the ID token.',
    );
  });

  it('preselects the factor answered for the step shown, drops a late one, and forgets it at the next step', () => {
    const CHOICE: AccountsState['account'] = {
      status: 'step',
      step: { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', allowedMFATypes: ['TOTP', 'EMAIL'] },
      username: 'walt',
    };
    const shown = reduce(listed(), { type: 'accountShown', id: 1, account: CHOICE });
    const preferred = reduce(shown, { type: 'factorPreferred', id: 1, choice: 'EMAIL' });
    expect(preferred.preferredChoice).toBe('EMAIL');
    expect(reduce(preferred, { type: 'accountShown', id: 1, account: STEP }).preferredChoice).toBeUndefined();
    const switched = reduce(shown, { type: 'poolChosen', id: 2, profileId: 'p2' });
    expect(reduce(switched, { type: 'factorPreferred', id: 1, choice: 'EMAIL' })).toBe(switched);
  });

  it('chooses the pool the popup was left on when it is still listed, else the first', () => {
    const asked = reduce(initialAccountsState, { type: 'poolsAsked', id: 1 });
    expect(reduce(asked, { type: 'poolsListed', id: 1, pools: [P1, P2], chosenId: 'p2' }).selectedId).toBe('p2');
    expect(reduce(asked, { type: 'poolsListed', id: 1, pools: [P1, P2], chosenId: 'gone' }).selectedId).toBe('p1');
  });
});

describe('accountsReducer’s account flows', () => {
  const failure = { ok: false, code: 'CodeMismatchException', message: 'x', field: 'confirmationCode' } as const;

  it('opens the confirmation for an unconfirmed account and the reset for a password that must be reset', () => {
    const started = reduce(listed(), { type: 'started', id: 2 });
    const unconfirmed = reduce(started, {
      type: 'accountShown',
      id: 2,
      account: { status: 'step', step: { signInStep: 'CONFIRM_SIGN_UP' }, username: 'uma' },
    });
    expect(unconfirmed.account).toEqual({ status: 'confirmSignUp', username: 'uma', autoSignIn: false });
    const reset = reduce(started, {
      type: 'accountShown',
      id: 2,
      account: { status: 'step', step: { signInStep: 'RESET_PASSWORD' }, username: 'rick' },
    });
    expect(reset.account).toEqual({ status: 'forgotPassword', username: 'rick' });
  });

  it('shows the sign-in form for an unconfirmed account it has no name for, and every other step as its prompt', () => {
    const started = reduce(listed(), { type: 'started', id: 2 });
    const nameless = reduce(started, {
      type: 'accountShown',
      id: 2,
      account: { status: 'step', step: { signInStep: 'CONFIRM_SIGN_UP' } },
    });
    expect(nameless.account).toEqual({ status: 'signedOut' });
    const totp = { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } as const;
    const prompt = reduce(started, {
      type: 'accountShown',
      id: 2,
      account: { status: 'step', step: totp, username: 'tom' },
    });
    expect(prompt.account).toEqual({ status: 'step', step: totp, username: 'tom' });
  });

  it('keeps the field a failure names, and where a resent code went', () => {
    const confirming = reduce(listed(), {
      type: 'opened',
      id: 2,
      account: { status: 'confirmSignUp', username: 'uma', autoSignIn: false },
    });
    const wrong = reduce(reduce(confirming, { type: 'started', id: 3 }), { type: 'failed', id: 3, failure });
    expect(wrong.error).toEqual({ text: 'That code is not right.', restart: false, field: 'confirmationCode' });
    expect(wrong.account).toEqual(confirming.account);
    const delivery = { deliveryMedium: 'EMAIL' as const, destination: 'u***@e***' };
    const resent = reduce(reduce(wrong, { type: 'started', id: 4 }), { type: 'codeSent', id: 4, delivery });
    expect(resent.account).toMatchObject({ status: 'confirmSignUp', delivery });
    expect(resent.announcement).toBe('A new code is on its way.');
  });

  it('opens a screen as a new request: the error goes, and a late answer to the earlier request is dropped', () => {
    const failed = reduce(reduce(listed(), { type: 'started', id: 2 }), { type: 'failed', id: 2, failure });
    const opened = reduce(failed, { type: 'opened', id: 3, account: { status: 'signUp' } });
    expect(opened).toMatchObject({ account: { status: 'signUp' }, error: undefined, busy: false, requestId: 3 });
    const late = reduce(opened, { type: 'accountShown', id: 2, account: { status: 'signedOut' } });
    expect(late).toBe(opened);
    expect(reduce(opened, { type: 'opened', id: 3, account: { status: 'signedOut' } })).toBe(opened);
  });

  it('ignores a sent code when no screen waits for one', () => {
    const state = reduce(listed(), { type: 'started', id: 2 });
    const delivery = { deliveryMedium: 'EMAIL' as const };
    expect(reduce(state, { type: 'codeSent', id: 2, delivery })).toBe(state);
  });
});
