import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfirmedUser, signInWithPassword } from '../support/create-user';
import { type SdkPool, startSdkPool } from '../support/sdk-pool';

let t: SdkPool;

beforeAll(async () => {
  t = await startSdkPool();
  await createConfirmedUser(t.sdk, {
    poolId: t.poolId,
    username: 'zoe',
    password: 'Zoe-pass-1234!',
    attributes: { email: 'zoe@example.com', email_verified: 'true', name: 'Zoe' },
  });
});
afterAll(() => t.stop());

describe('issueTokens', () => {
  it('signs ID and access tokens that jose verifies against the pool’s JWKS, with Cognito’s claims', async () => {
    const tokens = await signInWithPassword(t.sdk, {
      clientId: t.clientId,
      username: 'zoe',
      password: 'Zoe-pass-1234!',
    });
    const issuer = `${t.pool.url}/${t.poolId}`;
    const jwks = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`));
    const access = await jwtVerify(tokens.AccessToken, jwks, { issuer, algorithms: ['RS256'] });
    const id = await jwtVerify(tokens.IdToken, jwks, { issuer, audience: t.clientId, algorithms: ['RS256'] });

    expect(decodeProtectedHeader(tokens.AccessToken)).toEqual({ kid: expect.any(String), alg: 'RS256' });
    expect(access.payload).toMatchObject({
      token_use: 'access',
      client_id: t.clientId,
      username: 'zoe',
      scope: 'aws.cognito.signin.user.admin',
      origin_jti: expect.any(String),
      event_id: expect.any(String),
      jti: expect.any(String),
      auth_time: expect.any(Number),
    });
    expect(access.payload.exp! - access.payload.iat!).toBe(3600);
    expect(id.payload).toMatchObject({
      token_use: 'id',
      'cognito:username': 'zoe',
      email: 'zoe@example.com',
      email_verified: true,
      name: 'Zoe',
      sub: access.payload.sub,
      origin_jti: access.payload.origin_jti,
      event_id: access.payload.event_id,
    });
    expect(id.payload.jti).not.toBe(access.payload.jti);
  });

  it('publishes OpenID discovery pointing at the JWKS, and 404 for an unknown pool', async () => {
    const issuer = `${t.pool.url}/${t.poolId}`;
    const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(discovery).toMatchObject({ issuer, jwks_uri: `${issuer}/.well-known/jwks.json` });
    const missing = await fetch(`${t.pool.url}/us-east-1_missing00/.well-known/jwks.json`);
    expect(missing.status).toBe(404);
  });

  it('puts a device key into the access token only when given, and stores the refresh token with its origin_jti', async () => {
    const ctx = t.pool.context();
    const pool = ctx.store.getPool(t.poolId);
    const client = ctx.store.getClient(pool, t.clientId);
    const user = ctx.store.requireUser(pool, 'zoe');
    const issued = ctx.tokens.issueTokens({ pool, client, user, deviceKey: 'us-east-1_device-1' });
    const verified = ctx.tokens.verifyAccessToken(issued.AccessToken);
    expect(verified.claims.device_key).toBe('us-east-1_device-1');
    expect(pool.refreshTokens[issued.RefreshToken!]).toMatchObject({
      username: 'zoe',
      clientId: t.clientId,
      originJti: verified.claims.origin_jti,
      deviceKey: 'us-east-1_device-1',
    });
    const noRefresh = ctx.tokens.issueTokens({ pool, client, user, withRefreshToken: false });
    expect(noRefresh.RefreshToken).toBeUndefined();
  });
});
