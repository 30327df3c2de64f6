import { fetchAuthSession, signIn, signOut } from 'aws-amplify/auth';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureAmplify } from '../support/configure-amplify';
import { startTestPool, type TestPool } from '../support/test-pool';

let pool: TestPool;
let rotating: TestPool;

beforeAll(async () => {
  pool = await startTestPool({ users: [{ username: 'rita', password: 'Passw0rd!' }] });
  rotating = await startTestPool({
    clientInput: { RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 } },
    users: [{ username: 'rob', password: 'Passw0rd!' }],
  });
  configureAmplify(pool);
});
afterAll(async () => {
  await signOut();
  await pool?.stop();
  await rotating?.stop();
});

async function passwordSignIn(target: TestPool, username: string) {
  const result = await target.call('InitiateAuth', {
    ClientId: target.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: 'Passw0rd!' },
  });
  return result.body.AuthenticationResult as Record<string, string>;
}

describe('refresh with Amplify v6 (GetTokensFromRefreshToken)', () => {
  it('returns new tokens on a forced refresh, all verifying against the pool JWKS', async () => {
    await signIn({ username: 'rita', password: 'Passw0rd!' });
    const first = await fetchAuthSession();
    await pool.advance(2_000);
    const refreshed = await fetchAuthSession({ forceRefresh: true });
    const before = first.tokens!.accessToken;
    const after = refreshed.tokens!.accessToken;
    expect(after.toString()).not.toBe(before.toString());
    expect(after.payload.origin_jti).toBe(before.payload.origin_jti);
    expect(after.payload.auth_time).toBe(before.payload.auth_time);
    const issuer = `${pool.url}/${pool.poolId}`;
    const jwks = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`));
    const currentDate = new Date(pool.pool.clock.now());
    const access = await jwtVerify(after.toString(), jwks, { issuer, currentDate });
    expect(access.payload).toMatchObject({ token_use: 'access', client_id: pool.clientId, username: 'rita' });
    const id = await jwtVerify(refreshed.tokens!.idToken!.toString(), jwks, {
      issuer,
      audience: pool.clientId,
      currentDate,
    });
    expect(id.payload['cognito:username']).toBe('rita');
  });
});

describe('refresh on the wire', () => {
  it('returns no new refresh token without rotation, and refreshes through REFRESH_TOKEN_AUTH too', async () => {
    const tokens = await passwordSignIn(pool, 'rita');
    const viaGet = await pool.call('GetTokensFromRefreshToken', {
      ClientId: pool.clientId,
      RefreshToken: tokens.RefreshToken,
    });
    expect(viaGet.body.AuthenticationResult).toMatchObject({ TokenType: 'Bearer', ExpiresIn: 3600 });
    expect((viaGet.body.AuthenticationResult as Record<string, unknown>).RefreshToken).toBeUndefined();
    const viaInitiate = await pool.call('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken },
    });
    expect((viaInitiate.body.AuthenticationResult as Record<string, unknown>).AccessToken).toBeDefined();
  });

  it('refuses a made-up refresh token and one from another client', async () => {
    const made = await pool.call('GetTokensFromRefreshToken', { ClientId: pool.clientId, RefreshToken: 'made-up' });
    expect(made.body).toEqual({ __type: 'NotAuthorizedException', message: 'Invalid Refresh Token' });
    const tokens = await passwordSignIn(rotating, 'rob');
    const foreign = await pool.call('GetTokensFromRefreshToken', {
      ClientId: pool.clientId,
      RefreshToken: tokens.RefreshToken,
    });
    expect(foreign.body.__type).toBe('NotAuthorizedException');
  });

  it('rotates refresh tokens when the client says so; the old one works only for the grace period', async () => {
    const tokens = await passwordSignIn(rotating, 'rob');
    const refresh = (token: string) =>
      rotating.call('GetTokensFromRefreshToken', { ClientId: rotating.clientId, RefreshToken: token });
    const first = (await refresh(tokens.RefreshToken!)).body.AuthenticationResult as Record<string, string>;
    expect(first.RefreshToken).toBeDefined();
    expect(first.RefreshToken).not.toBe(tokens.RefreshToken);
    await rotating.advance(5_000);
    expect((await refresh(tokens.RefreshToken!)).body.AuthenticationResult).toBeDefined();
    await rotating.advance(6_000);
    expect((await refresh(tokens.RefreshToken!)).body.__type).toBe('NotAuthorizedException');
    expect((await refresh(first.RefreshToken!)).body.AuthenticationResult).toBeDefined();
  });

  it('refuses a refresh token after its 30 days, and any refresh for a disabled user', async () => {
    const tokens = await passwordSignIn(pool, 'rita');
    const refresh = () =>
      pool.call('GetTokensFromRefreshToken', { ClientId: pool.clientId, RefreshToken: tokens.RefreshToken });
    const user = pool.pool.store.getPool(pool.poolId).users.rita!;
    user.enabled = false;
    expect((await refresh()).body).toEqual({ __type: 'NotAuthorizedException', message: 'User is disabled.' });
    user.enabled = true;
    expect((await refresh()).body.AuthenticationResult).toBeDefined();
    await pool.advance(30 * 86_400_000);
    expect((await refresh()).body).toEqual({ __type: 'NotAuthorizedException', message: 'Refresh Token has expired' });
  });
});
