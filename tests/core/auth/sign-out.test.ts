import { describe, expect, it } from 'vitest';
import { createFakeClient } from './fake-client';
import { cognitoError, fakeTokens } from './fake-cognito';
import { signedInFakeClient } from './signed-in-fake-client';

describe('signOut', () => {
  it('revokes the refresh token when the access token has origin_jti, then forgets the tokens', async () => {
    const nowSeconds = Date.UTC(2026, 10, 26, 12, 0, 0) / 1000;
    const { auth, cognito, storage } = createFakeClient({
      InitiateAuth: [
        () => ({ AuthenticationResult: fakeTokens({ username: 'alice', nowSeconds, extra: { origin_jti: 'o-1' } }) }),
      ],
      RevokeToken: [() => ({})],
    });
    await auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    await auth.signOut();
    expect(cognito.of('RevokeToken')[0]?.body).toEqual({ ClientId: 'client1', Token: `refresh-alice-${nowSeconds}` });
    expect(storage.entries.size).toBe(0);
  });

  it('does not revoke without origin_jti', async () => {
    const { auth, cognito } = await signedInFakeClient({ RevokeToken: [() => ({})] });
    await auth.signOut();
    expect(cognito.of('RevokeToken')).toHaveLength(0);
  });

  it('signs out everywhere with GlobalSignOut and still clears locally when it fails', async () => {
    const { auth, cognito } = await signedInFakeClient({
      GlobalSignOut: [
        () => {
          throw cognitoError('NotAuthorizedException');
        },
      ],
    });
    await auth.signOut({ global: true });
    expect(cognito.of('GlobalSignOut')).toHaveLength(1);
    expect(await auth.fetchAuthSession()).toEqual({});
  });

  it('keeps the tokens of another user of the same pool apart', async () => {
    const nowSeconds = Date.UTC(2026, 10, 26, 12, 0, 0) / 1000;
    const { auth, storage } = createFakeClient({
      InitiateAuth: [
        () => ({ AuthenticationResult: fakeTokens({ username: 'alice', nowSeconds }) }),
        () => ({ AuthenticationResult: fakeTokens({ username: 'bob', nowSeconds }) }),
      ],
    });
    await auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    expect(storage.entries.get('CognitoIdentityServiceProvider.client1.LastAuthUser')).toBe('alice');
    expect(storage.entries.has('CognitoIdentityServiceProvider.client1.alice.accessToken')).toBe(true);
    await auth.signOut();
    await auth.signIn({ username: 'bob', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    expect(storage.entries.get('CognitoIdentityServiceProvider.client1.LastAuthUser')).toBe('bob');
    expect((await auth.getCurrentUser()).username).toBe('bob');
  });
});
