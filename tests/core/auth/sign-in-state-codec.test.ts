import { describe, expect, it } from 'vitest';
import type { SignInState } from '../../../core/auth/sign-in-state';
import { decodeSignInState, encodeSignInState } from '../../../core/auth/sign-in-state-codec';

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
