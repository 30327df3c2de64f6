import { fetchAuthSession, signIn, signOut } from 'aws-amplify/auth';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { configureAmplify } from '../support/configure-amplify';
import { startTestPool, type TestPool } from '../support/test-pool';

let pool: TestPool;

beforeAll(async () => {
  pool = await startTestPool({ users: [{ username: 'alice', password: 'Passw0rd!' }] });
  configureAmplify(pool);
});
afterEach(async () => {
  await signOut();
});
afterAll(async () => {
  await pool?.stop();
});

describe('InitiateAuth with Amplify v6', () => {
  it('signs in by SRP with the right password', async () => {
    const result = await signIn({ username: 'alice', password: 'Passw0rd!' });
    expect(result).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    const session = await fetchAuthSession();
    expect(session.tokens?.accessToken.payload.username).toBe('alice');
  });

  it('refuses a wrong password by SRP with NotAuthorizedException', async () => {
    await expect(signIn({ username: 'alice', password: 'wrong-Passw0rd!' })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });

  it('signs in with USER_PASSWORD_AUTH', async () => {
    const result = await signIn({
      username: 'alice',
      password: 'Passw0rd!',
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    expect(result.nextStep.signInStep).toBe('DONE');
  });
});
