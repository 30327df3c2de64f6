import { fetchAuthSession, getCurrentUser, signOut } from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureAmplify } from '../../pool/support/configure-amplify';
import { startTestPool, type TestPool } from '../../pool/support/test-pool';
import { createMemoryStorage } from './memory-storage';
import { createPoolAuthClient } from './pool-auth-client';

let pool: TestPool;

beforeAll(async () => {
  pool = await startTestPool({ users: [{ username: 'alice', password: 'Alice-pass-1' }] });
});
afterAll(() => pool.stop());

describe('handOverSession', () => {
  it('lays the session out as aws-amplify v6 reads it, so the app finds the user signed in', async () => {
    const { auth: client } = createPoolAuthClient(pool);
    await client.signIn({ username: 'alice', password: 'Alice-pass-1' });
    const { username, entries } = await client.handOverSession();
    expect(username).toBe('alice');
    const prefix = `CognitoIdentityServiceProvider.${pool.clientId}`;
    expect(Object.keys(entries).sort()).toEqual(
      [
        `${prefix}.LastAuthUser`,
        `${prefix}.alice.accessToken`,
        `${prefix}.alice.clockDrift`,
        `${prefix}.alice.idToken`,
        `${prefix}.alice.refreshToken`,
        `${prefix}.alice.signInDetails`,
      ].sort(),
    );

    // The real Amplify, configured for the same pool and app client, over storage holding only these entries.
    const site = createMemoryStorage();
    for (const [key, value] of Object.entries(entries)) await site.setItem(key, value);
    configureAmplify(pool);
    cognitoUserPoolsTokenProvider.setKeyValueStorage(site);
    expect((await getCurrentUser()).username).toBe('alice');
    const session = await fetchAuthSession({ forceRefresh: true });
    expect(session.tokens?.accessToken.payload.username).toBe('alice');
    await signOut();
  });

  it('keeps the session until it is released, and releasing forgets it without revoking it', async () => {
    const { auth: client } = createPoolAuthClient(pool);
    await client.signIn({ username: 'alice', password: 'Alice-pass-1' });
    const { entries } = await client.handOverSession();
    expect((await client.getCurrentUser()).username).toBe('alice');

    await client.releaseSession();
    await expect(client.getCurrentUser()).rejects.toMatchObject({ name: 'UserUnAuthenticatedException' });
    const refreshToken = entries[`CognitoIdentityServiceProvider.${pool.clientId}.alice.refreshToken`];
    const refreshed = await pool.call('InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: pool.clientId,
      AuthParameters: { REFRESH_TOKEN: refreshToken },
    });
    expect(refreshed.status).toBe(200); // still good: the site holds it now
  });

  it('answers UserUnAuthenticatedException when nobody is signed in', async () => {
    const { auth: client } = createPoolAuthClient(pool);
    await expect(client.handOverSession()).rejects.toMatchObject({ name: 'UserUnAuthenticatedException' });
  });
});
