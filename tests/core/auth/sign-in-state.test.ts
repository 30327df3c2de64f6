import { describe, expect, it } from 'vitest';
import {
  createSignInStateStore,
  decodeSignInState,
  encodeSignInState,
  isSignInStateExpired,
  isSignInStateKey,
  SIGN_IN_SESSION_MS,
  type SignInState,
} from '../../../core/auth/sign-in-state';
import { createMemoryStorage } from './memory-storage';

const state: SignInState = {
  username: 'alice',
  session: 'S1',
  challengeName: 'SOFTWARE_TOKEN_MFA',
  challengeParameters: {},
  signInDetails: { loginId: 'alice', authFlowType: 'USER_SRP_AUTH' },
  startedAt: 1_000_000,
};

describe('the in-progress sign-in store', () => {
  it('counts a Session as alive until exactly three minutes have passed', () => {
    expect(SIGN_IN_SESSION_MS).toBe(180_000);
    expect(isSignInStateExpired(state, state.startedAt + 179_999)).toBe(false);
    expect(isSignInStateExpired(state, state.startedAt + 180_000)).toBe(true);
  });

  it('hands the state to a second store on the same storage, as a restarted worker would see it', async () => {
    const storage = createMemoryStorage();
    let now = state.startedAt;
    await createSignInStateStore({ storage, clientId: 'c1', now: () => now }).save(state);
    now += 60_000;
    expect(await createSignInStateStore({ storage, clientId: 'c1', now: () => now }).load()).toEqual(state);
  });

  it('keeps the sign-ins of two app clients apart', async () => {
    const storage = createMemoryStorage();
    const now = () => state.startedAt;
    await createSignInStateStore({ storage, clientId: 'c1', now }).save(state);
    expect(await createSignInStateStore({ storage, clientId: 'c2', now }).load()).toBeUndefined();
  });

  it('refuses a sign-in past three minutes with SignInSessionExpired and forgets it', async () => {
    const storage = createMemoryStorage();
    let now = state.startedAt;
    const store = createSignInStateStore({ storage, clientId: 'c1', now: () => now });
    await store.save(state);
    now += SIGN_IN_SESSION_MS + 1;
    await expect(store.load()).rejects.toMatchObject({
      code: 'SignInSessionExpired',
      message: 'The sign-in expired; start again.',
    });
    expect(storage.entries.size).toBe(0);
    await expect(store.load()).resolves.toBeUndefined();
  });

  it('clears the state', async () => {
    const storage = createMemoryStorage();
    const store = createSignInStateStore({ storage, clientId: 'c1', now: () => state.startedAt });
    await store.save(state);
    await store.clear();
    expect(await store.load()).toBeUndefined();
  });

  it('names its keys so the worker can route them to session storage, and only them', async () => {
    const storage = createMemoryStorage();
    await createSignInStateStore({ storage, clientId: 'c1', now: () => state.startedAt }).save(state);
    expect([...storage.entries.keys()].every(isSignInStateKey)).toBe(true);
    expect(isSignInStateKey('CognitoIdentityServiceProvider.c1.alice.refreshToken')).toBe(false);
    expect(isSignInStateKey('CognitoIdentityServiceProvider.c1.LastAuthUser')).toBe(false);
  });
});

const full: SignInState = {
  username: 'alice',
  session: 'AYABeEXAMPLE',
  challengeName: 'MFA_SETUP',
  challengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
  availableChallenges: ['PASSWORD', 'EMAIL_OTP'],
  totpSharedSecret: 'JBSWY3DPEHPK3PXP',
  signInDetails: { loginId: 'alice@example.com', authFlowType: 'USER_AUTH' },
  startedAt: 1_795_692_167_000,
};

describe('the in-progress sign-in codec', () => {
  it('reads back everything it wrote', () => {
    expect(decodeSignInState(encodeSignInState(full))).toEqual(full);
  });

  it('reads back a minimal state without optional fields', () => {
    const minimal: SignInState = {
      ...full,
      session: undefined,
      availableChallenges: undefined,
      totpSharedSecret: undefined,
      signInDetails: {},
    };
    expect(decodeSignInState(encodeSignInState(minimal))).toEqual(minimal);
  });

  it('writes only the known fields, so a password riding along on the object is never stored', () => {
    const smuggled = { ...full, password: 'hunter2', signInDetails: { ...full.signInDetails, password: 'hunter3' } };
    const text = encodeSignInState(smuggled as SignInState);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('hunter3');
    expect(decodeSignInState(text)).toEqual(full);
  });

  it.each([
    ['nothing', null],
    ['an empty string', ''],
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['another version', JSON.stringify({ ...full, v: 2 })],
    ['no username', JSON.stringify({ ...full, v: 1, username: undefined })],
    ['a numeric session', JSON.stringify({ ...full, v: 1, session: 5 })],
    ['non-string parameters', JSON.stringify({ ...full, v: 1, challengeParameters: { a: 1 } })],
    ['a string startedAt', JSON.stringify({ ...full, v: 1, startedAt: 'now' })],
    ['bad availableChallenges', JSON.stringify({ ...full, v: 1, availableChallenges: 'PASSWORD' })],
    ['no signInDetails', JSON.stringify({ ...full, v: 1, signInDetails: null })],
  ])('treats %s as no sign-in', (_name, text) => {
    expect(decodeSignInState(text)).toBeUndefined();
  });
});
