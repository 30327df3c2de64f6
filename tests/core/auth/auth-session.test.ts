import { describe, expect, it } from 'vitest';
import { decodeJwt } from '../../../core/auth/auth-session';
import { cognitoError, fakeJwt, fakeTokens } from './fake-cognito';
import { signedInFakeClient } from './signed-in-fake-client';

describe('fetchAuthSession', () => {
  it('returns the stored tokens without a request while they are fresh', async () => {
    const { auth, cognito } = await signedInFakeClient({});
    const session = await auth.fetchAuthSession();
    expect(session.userSub).toBe('sub-alice');
    expect(session.tokens?.accessToken.payload.username).toBe('alice');
    expect(session.tokens?.idToken?.payload['cognito:username']).toBe('alice');
    expect(cognito.of('GetTokensFromRefreshToken')).toHaveLength(0);
  });

  it('refreshes on demand through GetTokensFromRefreshToken and keeps a rotated refresh token', async () => {
    const { auth, cognito, nowSeconds } = await signedInFakeClient({
      GetTokensFromRefreshToken: [
        () => ({
          AuthenticationResult: {
            ...fakeTokens({ username: 'alice', nowSeconds: nowSeconds + 1 }),
            RefreshToken: 'rotated',
          },
        }),
        () => ({
          AuthenticationResult: {
            AccessToken: fakeTokens({ username: 'alice', nowSeconds: nowSeconds + 2 }).AccessToken,
          },
        }),
      ],
    });
    const before = await auth.fetchAuthSession();
    const after = await auth.fetchAuthSession({ forceRefresh: true });
    expect(after.tokens?.accessToken.toString()).not.toBe(before.tokens?.accessToken.toString());
    expect(cognito.of('GetTokensFromRefreshToken')[0]?.body).toEqual({
      ClientId: 'client1',
      RefreshToken: `refresh-alice-${nowSeconds}`,
    });
    await auth.fetchAuthSession({ forceRefresh: true });
    expect(cognito.of('GetTokensFromRefreshToken')[1]?.body.RefreshToken).toBe('rotated');
    await auth.fetchAuthSession({ forceRefresh: true });
    expect(cognito.of('GetTokensFromRefreshToken')[2]?.body.RefreshToken).toBe('rotated');
  });

  it('refreshes by itself within five seconds of expiry, and shares one refresh between concurrent callers', async () => {
    const { auth, cognito, clock, nowSeconds } = await signedInFakeClient({
      GetTokensFromRefreshToken: [
        () => ({ AuthenticationResult: fakeTokens({ username: 'alice', nowSeconds: nowSeconds + 3596 }) }),
      ],
    });
    clock.now += 3594_000;
    await auth.fetchAuthSession();
    expect(cognito.of('GetTokensFromRefreshToken')).toHaveLength(0);
    clock.now += 2_000;
    await Promise.all([auth.fetchAuthSession(), auth.fetchAuthSession(), auth.getCurrentUser()]);
    expect(cognito.of('GetTokensFromRefreshToken')).toHaveLength(1);
  });

  it('signs the user out when Cognito refuses the refresh token', async () => {
    const { auth } = await signedInFakeClient({
      GetTokensFromRefreshToken: [
        () => {
          throw cognitoError('NotAuthorizedException', 'Refresh Token has been revoked');
        },
      ],
    });
    expect(await auth.fetchAuthSession({ forceRefresh: true })).toEqual({});
    await expect(auth.getCurrentUser()).rejects.toMatchObject({ code: 'UserUnAuthenticatedException' });
  });

  it('keeps the tokens when the refresh fails for a passing reason', async () => {
    const { auth } = await signedInFakeClient({
      GetTokensFromRefreshToken: [
        () => {
          throw cognitoError('InternalErrorException');
        },
      ],
    });
    await expect(auth.fetchAuthSession({ forceRefresh: true })).rejects.toMatchObject({
      code: 'InternalErrorException',
    });
    expect((await auth.getCurrentUser()).username).toBe('alice');
  });

  it('leaves a session signed in during a refresh of the one before alone when Cognito refuses that refresh', async () => {
    let refuse = () => {};
    const refused = new Promise<void>((resolve) => {
      refuse = resolve;
    });
    const issuedAt = Date.UTC(2026, 10, 26, 12, 0, 0) / 1000;
    const { auth } = await signedInFakeClient({
      InitiateAuth: [
        () => ({ AuthenticationResult: fakeTokens({ username: 'alice', nowSeconds: issuedAt }) }),
        () => ({ AuthenticationResult: fakeTokens({ username: 'bob', nowSeconds: issuedAt + 10 }) }),
      ],
      GetTokensFromRefreshToken: [
        async () => {
          await refused;
          throw cognitoError('NotAuthorizedException', 'Refresh Token has been revoked');
        },
      ],
    });
    const refreshing = auth.fetchAuthSession({ forceRefresh: true });
    await auth.signOut();
    await auth.signIn({ username: 'bob', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    refuse();
    await refreshing;
    expect((await auth.getCurrentUser()).username).toBe('bob');
  });

  it('does not sign a user back in whose sign-out came while a refresh was in flight', async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const { auth, nowSeconds } = await signedInFakeClient({
      GetTokensFromRefreshToken: [
        async () => {
          await answered;
          return { AuthenticationResult: fakeTokens({ username: 'alice', nowSeconds: nowSeconds + 1 }) };
        },
      ],
    });
    const refreshing = auth.fetchAuthSession({ forceRefresh: true });
    await auth.signOut();
    answer();
    expect(await refreshing).toEqual({});
    await expect(auth.getCurrentUser()).rejects.toMatchObject({ code: 'UserUnAuthenticatedException' });
  });
});

describe('decodeJwt', () => {
  it('reads the payload of a compact JWS and gives the token back as its string', () => {
    const token = fakeJwt({ sub: 'u-1', username: 'ünïcode', exp: 2 });
    const jwt = decodeJwt(token);
    expect(jwt.payload).toEqual({ sub: 'u-1', username: 'ünïcode', exp: 2 });
    expect(jwt.toString()).toBe(token);
  });

  it.each([
    '',
    'abc',
    'a.%%%.c',
    `a.${Buffer.from('not json').toString('base64url')}.c`,
    `a.${Buffer.from('[1]').toString('base64url')}.c`,
  ])('refuses %j with InvalidJwt', (token) => {
    expect(() => decodeJwt(token)).toThrow(expect.objectContaining({ code: 'InvalidJwt' }));
  });
});
