import { fetchAuthSession, signIn, signOut } from 'aws-amplify/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureAmplify } from '../support/configure-amplify';
import { startTestPool, type TestPool } from '../support/test-pool';

let pool: TestPool;

beforeAll(async () => {
  pool = await startTestPool({ users: [{ username: 'gus', password: 'Passw0rd!' }] });
  configureAmplify(pool);
});
afterAll(async () => {
  await pool?.stop();
});

async function tokensOf() {
  const session = await fetchAuthSession();
  return { access: session.tokens!.accessToken.toString() };
}

describe('sign-out with Amplify v6', () => {
  it('global sign-out kills the access token and every refresh token of the user', async () => {
    const other = await pool.call('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'gus', PASSWORD: 'Passw0rd!' },
    });
    const otherTokens = other.body.AuthenticationResult as Record<string, string>;
    await signIn({ username: 'gus', password: 'Passw0rd!' });
    const { access } = await tokensOf();
    expect((await pool.call('GetUser', { AccessToken: access })).status).toBe(200);
    await signOut({ global: true });
    expect((await pool.call('GetUser', { AccessToken: access })).body).toMatchObject({
      __type: 'NotAuthorizedException',
    });
    expect((await pool.call('GetUser', { AccessToken: otherTokens.AccessToken })).body.__type).toBe(
      'NotAuthorizedException',
    );
    const refresh = await pool.call('GetTokensFromRefreshToken', {
      ClientId: pool.clientId,
      RefreshToken: otherTokens.RefreshToken,
    });
    expect(refresh.body.__type).toBe('NotAuthorizedException');
    await signIn({ username: 'gus', password: 'Passw0rd!' });
    expect((await pool.call('GetUser', { AccessToken: (await tokensOf()).access })).status).toBe(200);
    await signOut();
  });

  it('local sign-out revokes its refresh token (RevokeToken) and the access tokens of that session', async () => {
    await signIn({ username: 'gus', password: 'Passw0rd!' });
    const session = await fetchAuthSession();
    const access = session.tokens!.accessToken.toString();
    const state = pool.pool.store.getPool(pool.poolId);
    const refreshTokens = Object.keys(state.refreshTokens);
    expect(refreshTokens).toHaveLength(1);
    await signOut();
    expect(Object.keys(state.refreshTokens)).toHaveLength(0);
    expect((await pool.call('GetUser', { AccessToken: access })).body).toEqual({
      __type: 'NotAuthorizedException',
      message: 'Access Token has been revoked',
    });
    const refresh = await pool.call('GetTokensFromRefreshToken', {
      ClientId: pool.clientId,
      RefreshToken: refreshTokens[0],
    });
    expect(refresh.body.__type).toBe('NotAuthorizedException');
  });

  it('refuses to revoke an access token (UnsupportedTokenTypeException)', async () => {
    const tokens = await pool.call('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'gus', PASSWORD: 'Passw0rd!' },
    });
    const access = (tokens.body.AuthenticationResult as Record<string, string>).AccessToken;
    const revoked = await pool.call('RevokeToken', { ClientId: pool.clientId, Token: access });
    expect(revoked.body.__type).toBe('UnsupportedTokenTypeException');
  });
});
