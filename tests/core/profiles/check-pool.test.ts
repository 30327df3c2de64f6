import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPool } from '../../../core/profiles/check-pool';
import { startTestPool, type TestPool } from '../../pool/support/test-pool';

let pool: TestPool;

beforeAll(async () => {
  pool = await startTestPool({ users: [{ username: 'tess', password: 'Correct-horse-1' }] });
});
afterAll(() => pool.stop());

const send: typeof fetch = (input, init) => globalThis.fetch(input, init);

describe('checkPool against the local pool', () => {
  it('accepts the right pool and app client', async () => {
    const address = { userPoolId: pool.poolId, userPoolClientId: pool.clientId, userPoolEndpoint: pool.url };
    await expect(checkPool(address, { fetch: send })).resolves.toBeUndefined();
  });

  it('names the pool id when the pool does not exist there', async () => {
    const address = { userPoolId: 'local_Mistyped1', userPoolClientId: pool.clientId, userPoolEndpoint: pool.url };
    await expect(checkPool(address, { fetch: send })).rejects.toMatchObject({
      code: 'UserPoolNotFound',
      field: 'userPoolId',
    });
  });

  it('names the app client id when the client does not exist there', async () => {
    const address = { userPoolId: pool.poolId, userPoolClientId: 'nosuchclient0001', userPoolEndpoint: pool.url };
    await expect(checkPool(address, { fetch: send })).rejects.toMatchObject({
      code: 'AppClientNotFound',
      field: 'userPoolClientId',
    });
  });

  it('answers PoolNotChecked, naming no field, when the endpoint does not answer', async () => {
    const dead: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const address = { userPoolId: pool.poolId, userPoolClientId: pool.clientId, userPoolEndpoint: pool.url };
    const failure = await checkPool(address, { fetch: dead }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'PoolNotChecked' });
    expect(failure).not.toHaveProperty('field');
  });

  it('reads the keys at the issuer Cognito uses for a pool on AWS', async () => {
    const asked: string[] = [];
    const recording: typeof fetch = async (input) => {
      asked.push(String(input));
      return new Response(JSON.stringify({ keys: [] }), { status: 200 });
    };
    await checkPool({ userPoolId: 'eu-west-1_AbC123', userPoolClientId: 'client1' }, { fetch: recording });
    expect(asked[0]).toBe('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123/.well-known/jwks.json');
  });
});
