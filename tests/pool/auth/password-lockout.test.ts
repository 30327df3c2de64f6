import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../support/test-pool';

let pool: TestPool;

beforeAll(async () => {
  pool = await startTestPool({ users: [{ username: 'lou', password: 'Passw0rd!' }] });
});
afterAll(async () => {
  await pool?.stop();
});

function attempt(password: string) {
  return pool.call('InitiateAuth', {
    ClientId: pool.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: 'lou', PASSWORD: password },
  });
}

// AWS docs, "Lockout behavior for failed sign-in attempts": after five failures, 2^(n-5) s lockouts up to ~15 min.
describe('password lockout', () => {
  it('locks the user out after five wrong passwords, even for the right one, with a growing lockout', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await attempt('Wrong-pass1!')).body.message).toBe('Incorrect username or password.');
    }
    expect((await attempt('Passw0rd!')).body).toEqual({
      __type: 'NotAuthorizedException',
      message: 'Password attempts exceeded',
    });
    await pool.advance(1_000);
    expect((await attempt('Wrong-pass1!')).body.message).toBe('Incorrect username or password.');
    await pool.advance(1_000);
    expect((await attempt('Passw0rd!')).body.message).toBe('Password attempts exceeded');
    await pool.advance(1_000);
    expect((await attempt('Passw0rd!')).body.AuthenticationResult).toBeDefined();
  });

  it('forgets earlier failures after a success', async () => {
    for (let i = 0; i < 4; i++) await attempt('Wrong-pass1!');
    expect((await attempt('Passw0rd!')).body.AuthenticationResult).toBeDefined();
    for (let i = 0; i < 4; i++) await attempt('Wrong-pass1!');
    expect((await attempt('Passw0rd!')).body.AuthenticationResult).toBeDefined();
  });

  it('forgets failures after fifteen quiet minutes', async () => {
    for (let i = 0; i < 5; i++) await attempt('Wrong-pass1!');
    await pool.advance(15 * 60_000);
    expect((await attempt('Wrong-pass1!')).body.message).toBe('Incorrect username or password.');
    expect((await attempt('Passw0rd!')).body.AuthenticationResult).toBeDefined();
  });

  it('does not let guesses sent in parallel slip past the lockout', async () => {
    await pool.advance(15 * 60_000);
    const replies = await Promise.all(Array.from({ length: 8 }, () => attempt('Wrong-pass1!')));
    const messages = replies.map((reply) => reply.body.message);
    expect(messages.filter((message) => message === 'Incorrect username or password.')).toHaveLength(5);
    expect(messages.filter((message) => message === 'Password attempts exceeded')).toHaveLength(3);
  });
});
