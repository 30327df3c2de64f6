import { describe, expect, it } from 'vitest';
import { readAmplifyPool } from '../../../core/page/read-amplify-pool';
import type { PageStorage } from '../../../core/page/read-amplify-storage';

/** A Web Storage area over a plain record. */
function webStorage(items: Record<string, string>): Storage {
  const keys = Object.keys(items);
  return {
    length: keys.length,
    key: (index: number) => keys[index] ?? null,
    getItem: (key: string) => items[key] ?? null,
  } as Storage;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * An id token in the shape Cognito issues (header and claims as Amplify stores them); the signature is not a real
 * one, as reading the pool never checks it.
 */
function idToken(claims: Record<string, unknown>) {
  const header = { kid: 'gUO3uS1Jcd0Zz7HxZx4kQXHzqkZ8vKX1r3xJ8f7m2Gk=', alg: 'RS256' };
  const payload = {
    sub: '94a8e4d8-5071-70a1-5d5a-1ea8e0b9d8c1',
    email_verified: true,
    iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123',
    'cognito:username': 'alice',
    origin_jti: '5b1f7c4e-6f3a-4f7e-9a37-2f1d4b0c8e11',
    aud: '3n4b5urk1ft4fl3mg5e62d9ado',
    event_id: 'c2f8a5a1-12b4-4d4c-a7b0-0f8b0b0f1d22',
    token_use: 'id',
    auth_time: 1_764_000_000,
    exp: 1_764_003_600,
    iat: 1_764_000_000,
    jti: '0e7c0a1f-6b7a-4f59-8e2e-5a6f7d8c9b10',
    email: 'alice@example.com',
    ...claims,
  };
  return `${base64url(header)}.${base64url(payload)}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk`;
}

/** What Amplify JS v6 writes for a signed-in user of app client `clientId`. */
function amplifyKeys(clientId: string, username: string, token: string) {
  const prefix = `CognitoIdentityServiceProvider.${clientId}`;
  return {
    [`${prefix}.LastAuthUser`]: username,
    [`${prefix}.${username}.idToken`]: token,
    [`${prefix}.${username}.accessToken`]: 'access.token.here',
    [`${prefix}.${username}.refreshToken`]: 'opaque-refresh',
    [`${prefix}.${username}.clockDrift`]: '0',
  };
}

const page = (local: Record<string, string>, session: Record<string, string> = {}): PageStorage => ({
  local: () => webStorage(local),
  session: () => webStorage(session),
});

describe('readAmplifyPool', () => {
  it('reads the pool, region and app client of the user Amplify signed in, from the id token’s issuer', () => {
    const storage = page(amplifyKeys('3n4b5urk1ft4fl3mg5e62d9ado', 'alice', idToken({})));
    expect(readAmplifyPool(storage)).toEqual({
      userPoolId: 'eu-west-1_AbCdEf123',
      userPoolClientId: '3n4b5urk1ft4fl3mg5e62d9ado',
      region: 'eu-west-1',
    });
  });

  it('reads a pool on its own endpoint (the local pool) with that endpoint, from session storage too', () => {
    const token = idToken({ iss: 'http://127.0.0.1:9229/local_Sidekey01', aud: 'sidekeydemoclient000000001' });
    const storage = page({}, amplifyKeys('sidekeydemoclient000000001', 'alice', token));
    expect(readAmplifyPool(storage)).toEqual({
      userPoolId: 'local_Sidekey01',
      userPoolClientId: 'sidekeydemoclient000000001',
      region: 'local',
      userPoolEndpoint: 'http://127.0.0.1:9229/',
    });
  });

  it('finds nothing without a signed-in user, or with a token that is no JWT or names no usable issuer', () => {
    expect(readAmplifyPool(page({}))).toBeUndefined();
    expect(readAmplifyPool(page(amplifyKeys('client1', 'alice', 'not-a-token')))).toBeUndefined();
    const plainHttp = idToken({ iss: 'http://pool.example.com/eu-west-1_AbCdEf123', aud: 'client1' });
    expect(readAmplifyPool(page(amplifyKeys('client1', 'alice', plainHttp)))).toBeUndefined();
    const noPool = idToken({ iss: 'https://cognito-idp.eu-west-1.amazonaws.com/', aud: 'client1' });
    expect(readAmplifyPool(page(amplifyKeys('client1', 'alice', noPool)))).toBeUndefined();
  });

  it('ignores a token made for another app client than the key names', () => {
    const token = idToken({ aud: 'someotherclient' });
    expect(readAmplifyPool(page(amplifyKeys('3n4b5urk1ft4fl3mg5e62d9ado', 'alice', token)))).toBeUndefined();
  });

  it('answers nothing when the page holds sign-ins to two pools, as which one is meant cannot be told', () => {
    const other = idToken({ iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Zz9', aud: 'client2' });
    const storage = page({
      ...amplifyKeys('3n4b5urk1ft4fl3mg5e62d9ado', 'alice', idToken({})),
      ...amplifyKeys('client2', 'bob', other),
    });
    expect(readAmplifyPool(storage)).toBeUndefined();
  });

  it('reads nothing from storage the frame may not reach', () => {
    const blocked: PageStorage = {
      local: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      session: () => webStorage(amplifyKeys('3n4b5urk1ft4fl3mg5e62d9ado', 'alice', idToken({}))),
    };
    expect(readAmplifyPool(blocked)?.userPoolId).toBe('eu-west-1_AbCdEf123');
  });
});
