import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../support/test-pool';

let rounds: TestPool;
let codes: TestPool;
let none: TestPool;

beforeAll(async () => {
  const users = [{ username: 'cat', password: 'Passw0rd!', attributes: { email: 'cat@example.com' } }];
  rounds = await startTestPool({
    localConfig: { CustomAuth: { mode: 'secret-answer', answer: 'yes', rounds: 2, srpFirst: true } },
    users,
  });
  codes = await startTestPool({ localConfig: { CustomAuth: { mode: 'code-challenge' } }, users });
  none = await startTestPool({ users });
});
afterAll(async () => {
  for (const pool of [rounds, codes, none]) await pool?.stop();
});

function start(pool: TestPool, parameters: Record<string, string> = {}) {
  return pool.call('InitiateAuth', {
    ClientId: pool.clientId,
    AuthFlow: 'CUSTOM_AUTH',
    AuthParameters: { USERNAME: 'cat', ...parameters },
  });
}

function answer(pool: TestPool, session: unknown, value: string) {
  return pool.call('RespondToAuthChallenge', {
    ClientId: pool.clientId,
    ChallengeName: 'CUSTOM_CHALLENGE',
    Session: session,
    ChallengeResponses: { USERNAME: 'cat', ANSWER: value },
  });
}

describe('built-in custom auth trigger sets', () => {
  it('refuses CUSTOM_AUTH when the pool has no trigger set', async () => {
    expect((await start(none)).body).toEqual({
      __type: 'NotAuthorizedException',
      message: 'Custom auth lambda trigger is not configured for the user pool.',
    });
  });

  it('requires the password first when the trigger set says srpFirst', async () => {
    expect((await start(rounds)).body.message).toBe('Incorrect username or password.');
    expect((await start(rounds, { SRP_A: 'abcdef', CHALLENGE_NAME: 'SRP_A' })).body.ChallengeName).toBe(
      'PASSWORD_VERIFIER',
    );
  });

  it('asks as many rounds as configured before issuing tokens', async () => {
    // Without srpFirst the custom rounds start at once (SRP first is proven with Amplify in initiate-auth.test.ts).
    rounds.pool.store.getPool(rounds.poolId).config.CustomAuth.srpFirst = false;
    const first = await start(rounds);
    expect(first.body.ChallengeParameters).toMatchObject({ round: '1' });
    const second = await answer(rounds, first.body.Session, 'yes');
    expect(second.body).toMatchObject({ ChallengeName: 'CUSTOM_CHALLENGE', ChallengeParameters: { round: '2' } });
    const done = await answer(rounds, second.body.Session, 'yes');
    expect(done.body.AuthenticationResult).toBeDefined();
  });

  it('accepts the outbox code only within its three minutes', async () => {
    const first = await start(codes);
    const code = (await codes.codes('cat')).at(-1)!;
    await codes.advance(181_000);
    expect((await answer(codes, first.body.Session, code)).body.message).toBe(
      'Invalid session for the user, session is expired.',
    );
    const again = await start(codes);
    const fresh = (await codes.codes('cat')).at(-1)!;
    const retried = await answer(codes, again.body.Session, fresh === '000000' ? '111111' : '000000');
    expect(retried.body.ChallengeName).toBe('CUSTOM_CHALLENGE');
    const newest = (await codes.codes('cat')).at(-1)!;
    expect((await answer(codes, retried.body.Session, newest)).body.AuthenticationResult).toBeDefined();
  });
});
