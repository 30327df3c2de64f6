import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationContext } from '../../../pool/operations/operation-context';
import type { AppClient, PoolUser, UserPool } from '../../../pool/state/types';
import { createConfirmedUser } from '../support/create-user';
import { type SdkPool, startSdkPool } from '../support/sdk-pool';

let t: SdkPool;
let ctx: OperationContext;
let pool: UserPool;
let client: AppClient;
let user: PoolUser;

beforeAll(async () => {
  t = await startSdkPool();
  await createConfirmedUser(t.sdk, { poolId: t.poolId, username: 'abe', password: 'Abe-pass-1234!' });
  ctx = t.pool.context();
  pool = ctx.store.getPool(t.poolId);
  client = ctx.store.getClient(pool, t.clientId);
  user = ctx.store.requireUser(pool, 'abe');
});
afterAll(() => t.stop());

const refusal = (token: unknown) => {
  try {
    ctx.tokens.verifyAccessToken(token);
  } catch (error) {
    return { type: (error as { type?: string }).type, message: (error as Error).message };
  }
  return undefined;
};

describe('verifyAccessToken', () => {
  it('accepts a fresh access token and returns its pool, user and claims', () => {
    const { AccessToken } = ctx.tokens.issueTokens({ pool, client, user });
    const verified = ctx.tokens.verifyAccessToken(AccessToken);
    expect(verified.pool).toBe(pool);
    expect(verified.user).toBe(user);
    expect(verified.claims.username).toBe('abe');
  });

  it('refuses garbage, an ID token and a token with a changed payload', () => {
    const { AccessToken, IdToken } = ctx.tokens.issueTokens({ pool, client, user });
    expect(refusal('not-a-token')).toEqual({ type: 'NotAuthorizedException', message: 'Invalid Access Token' });
    expect(refusal(42)).toEqual({ type: 'NotAuthorizedException', message: 'Invalid Access Token' });
    expect(refusal(IdToken)).toEqual({ type: 'NotAuthorizedException', message: 'Invalid Access Token' });
    const [header, payload, signature] = AccessToken.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, username: 'mallory' })).toString('base64url');
    expect(refusal(`${header}.${forged}.${signature}`)).toEqual({
      type: 'NotAuthorizedException',
      message: 'Invalid Access Token',
    });
  });

  it('refuses a token after its expiry on the pool clock', () => {
    const { AccessToken } = ctx.tokens.issueTokens({ pool, client, user });
    ctx.clock.advance?.(3600_000);
    expect(refusal(AccessToken)).toEqual({ type: 'NotAuthorizedException', message: 'Access Token has expired' });
  });

  it('refuses tokens whose origin_jti was revoked, and tokens issued before tokensValidAfter', () => {
    const first = ctx.tokens.issueTokens({ pool, client, user });
    const second = ctx.tokens.issueTokens({ pool, client, user });
    const origin = ctx.tokens.verifyAccessToken(first.AccessToken).claims.origin_jti as string;
    user.revokedOriginJtis.push(origin);
    expect(refusal(first.AccessToken)).toEqual({
      type: 'NotAuthorizedException',
      message: 'Access Token has been revoked',
    });
    expect(refusal(second.AccessToken)).toBeUndefined();
    ctx.clock.advance?.(2000);
    user.tokensValidAfter = ctx.clock.now();
    expect(refusal(second.AccessToken)).toEqual({
      type: 'NotAuthorizedException',
      message: 'Access Token has been revoked',
    });
    ctx.clock.advance?.(1000);
    const third = ctx.tokens.issueTokens({ pool, client, user });
    expect(refusal(third.AccessToken)).toBeUndefined();
  });

  it('refuses the token of a disabled user', () => {
    const { AccessToken } = ctx.tokens.issueTokens({ pool, client, user });
    user.enabled = false;
    try {
      expect(refusal(AccessToken)).toEqual({ type: 'NotAuthorizedException', message: 'User is disabled.' });
    } finally {
      user.enabled = true;
    }
  });
});
