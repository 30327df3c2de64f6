import { describe, expect, it } from 'vitest';
import type { SignInState } from '../../../core/auth/sign-in-state';
import { transitionOnAnswer, transitionOnResponse } from '../../../core/auth/sign-in-transition';

const details = { loginId: 'alice@example.com', authFlowType: 'USER_SRP_AUTH' } as const;
const base = { now: 5000, typedUsername: 'alice@example.com', signInDetails: details };

describe('transitionOnResponse', () => {
  it('signs in when Cognito sends tokens', () => {
    const result = { AccessToken: 'a.b.c' };
    expect(transitionOnResponse({ ...base, response: { AuthenticationResult: result } })).toEqual({
      status: 'signedIn',
      result,
      username: 'alice@example.com',
    });
  });

  it('takes the canonical username from USERNAME, then USER_ID_FOR_SRP', () => {
    const withUsername = transitionOnResponse({
      ...base,
      response: {
        ChallengeName: 'SOFTWARE_TOKEN_MFA',
        Session: 'S',
        ChallengeParameters: { USERNAME: 'u-1', USER_ID_FOR_SRP: 'u-2' },
      },
    });
    const withSrpId = transitionOnResponse({
      ...base,
      response: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 'S', ChallengeParameters: { USER_ID_FOR_SRP: 'u-2' } },
    });
    expect(withUsername.status === 'challenge' && withUsername.state.username).toBe('u-1');
    expect(withSrpId.status === 'challenge' && withSrpId.state.username).toBe('u-2');
  });

  it('builds the state to persist and the step to show', () => {
    const next = transitionOnResponse({
      ...base,
      response: { ChallengeName: 'SELECT_CHALLENGE', Session: 'S2', AvailableChallenges: ['PASSWORD', 'EMAIL_OTP'] },
    });
    expect(next).toEqual({
      status: 'challenge',
      state: {
        username: 'alice@example.com',
        session: 'S2',
        challengeName: 'SELECT_CHALLENGE',
        challengeParameters: {},
        availableChallenges: ['PASSWORD', 'EMAIL_OTP'],
        totpSharedSecret: undefined,
        signInDetails: details,
        startedAt: 5000,
      },
      outcome: {
        nextStep: {
          signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
          availableChallenges: ['PASSWORD', 'EMAIL_OTP'],
        },
      },
    });
  });

  it('keeps the clock of a Session a local step reuses, and restarts it for a new Session', () => {
    const previous: SignInState = {
      username: 'alice',
      session: 'S1',
      challengeName: 'SELECT_CHALLENGE',
      challengeParameters: {},
      signInDetails: details,
      startedAt: 1000,
    };
    const local = transitionOnResponse({ ...base, previous, response: { ChallengeName: 'PASSWORD', Session: 'S1' } });
    const fresh = transitionOnResponse({ ...base, previous, response: { ChallengeName: 'EMAIL_OTP', Session: 'S9' } });
    expect(local.status === 'challenge' && local.state.startedAt).toBe(1000);
    expect(fresh.status === 'challenge' && fresh.state.startedAt).toBe(5000);
  });

  it('keeps the associated TOTP secret only while MFA setup goes on', () => {
    const previous: SignInState = {
      username: 'alice',
      session: 'S1',
      challengeName: 'MFA_SETUP',
      challengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
      totpSharedSecret: 'SECRET',
      signInDetails: details,
      startedAt: 1000,
    };
    const next = transitionOnResponse({ ...base, previous, response: { ChallengeName: 'EMAIL_OTP', Session: 'S2' } });
    expect(next.status === 'challenge' && next.state.totpSharedSecret).toBeUndefined();
  });

  it('refuses a response with neither tokens nor a challenge', () => {
    expect(() => transitionOnResponse({ ...base, response: {} })).toThrow(
      expect.objectContaining({ code: 'SignInException' }),
    );
  });
});

describe('transitionOnAnswer', () => {
  const state: SignInState = {
    username: 'alice',
    session: 'S1',
    challengeName: 'SOFTWARE_TOKEN_MFA',
    challengeParameters: {},
    signInDetails: details,
    startedAt: 0,
  };

  it('refuses an empty answer with EmptyChallengeResponse', () => {
    expect(() => transitionOnAnswer({ state, challengeResponse: '' })).toThrow(
      expect.objectContaining({ code: 'EmptyChallengeResponse' }),
    );
  });

  it('refuses to answer an internal challenge', () => {
    expect(() =>
      transitionOnAnswer({ state: { ...state, challengeName: 'PASSWORD_VERIFIER' }, challengeResponse: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'SignInException' }));
  });
});
