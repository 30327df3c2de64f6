import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../support/test-pool';

let open: TestPool;
let strict: TestPool;

beforeAll(async () => {
  const users = [
    { username: 'alice', password: 'Passw0rd!' },
    { username: 'una', password: 'Passw0rd!' },
    { username: 'dora', password: 'Passw0rd!' },
  ];
  open = await startTestPool({
    users,
    clientInput: { ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] },
  });
  strict = await startTestPool({
    users,
    clientInput: {
      GenerateSecret: true,
      PreventUserExistenceErrors: 'ENABLED',
      AuthSessionValidity: 10,
      ExplicitAuthFlows: [
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_USER_SRP_AUTH',
        'ALLOW_USER_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ],
    },
  });
  for (const pool of [open, strict]) {
    const record = pool.pool.store.getPool(pool.poolId);
    record.users.una!.status = 'UNCONFIRMED';
    record.users.dora!.enabled = false;
  }
});
afterAll(async () => {
  await open?.stop();
  await strict?.stop();
});

function secretHash(pool: TestPool, username: string): string {
  return createHmac('sha256', pool.clientSecret!)
    .update(username + pool.clientId)
    .digest('base64');
}

function passwordAuth(pool: TestPool, username: string, password: string, extra: Record<string, string> = {}) {
  return pool.call('InitiateAuth', {
    ClientId: pool.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: password, ...extra },
  });
}

describe('who may start a sign-in', () => {
  it('refuses a flow the app client does not allow', async () => {
    expect((await passwordAuth(open, 'alice', 'Passw0rd!')).body).toEqual({
      __type: 'InvalidParameterException',
      message: 'USER_PASSWORD_AUTH flow not enabled for this client',
    });
  });

  it('requires SECRET_HASH from a client with a secret and checks it', async () => {
    expect((await passwordAuth(strict, 'alice', 'Passw0rd!')).body).toMatchObject({
      __type: 'NotAuthorizedException',
      message: `Client ${strict.clientId} is configured with secret but SECRET_HASH was not received`,
    });
    const wrong = await passwordAuth(strict, 'alice', 'Passw0rd!', { SECRET_HASH: secretHash(strict, 'bob') });
    expect(wrong.body.message).toBe(`Unable to verify secret hash for client ${strict.clientId}`);
    const right = await passwordAuth(strict, 'alice', 'Passw0rd!', { SECRET_HASH: secretHash(strict, 'alice') });
    expect(right.body.AuthenticationResult).toBeDefined();
  });

  it('hides unknown users behind "Incorrect username or password." when existence errors are prevented', async () => {
    const hidden = await passwordAuth(strict, 'ghost', 'Passw0rd!', { SECRET_HASH: secretHash(strict, 'ghost') });
    expect(hidden.body).toEqual({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    const srp = await strict.call('InitiateAuth', {
      ClientId: strict.clientId,
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: { USERNAME: 'ghost', SRP_A: 'abcdef', SECRET_HASH: secretHash(strict, 'ghost') },
    });
    expect(srp.body.ChallengeName).toBe('PASSWORD_VERIFIER');
    const named = await open.call('InitiateAuth', {
      ClientId: open.clientId,
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: { USERNAME: 'ghost', SRP_A: 'abcdef' },
    });
    expect(named.body).toEqual({ __type: 'UserNotFoundException', message: 'User does not exist.' });
  });

  it('answers unconfirmed and disabled users as Cognito does', async () => {
    const hash = (name: string) => ({ SECRET_HASH: secretHash(strict, name) });
    expect((await passwordAuth(strict, 'una', 'Passw0rd!', hash('una'))).body.__type).toBe('UserNotConfirmedException');
    expect((await passwordAuth(strict, 'una', 'Wrong-pass1!', hash('una'))).body.__type).toBe('NotAuthorizedException');
    const userAuth = (password: string) =>
      strict.call('InitiateAuth', {
        ClientId: strict.clientId,
        AuthFlow: 'USER_AUTH',
        AuthParameters: { USERNAME: 'una', PASSWORD: password, PREFERRED_CHALLENGE: 'PASSWORD', ...hash('una') },
      });
    expect((await userAuth('Wrong-pass1!')).body.__type).toBe('NotAuthorizedException');
    expect((await userAuth('Passw0rd!')).body.__type).toBe('UserNotConfirmedException');
    expect((await passwordAuth(strict, 'dora', 'Passw0rd!', hash('dora'))).body).toEqual({
      __type: 'NotAuthorizedException',
      message: 'User is disabled.',
    });
  });
});

describe('challenge answers from a client with a secret', () => {
  it('requires SECRET_HASH in ChallengeResponses too, and keeps Sessions for the client AuthSessionValidity', async () => {
    const started = await strict.call('InitiateAuth', {
      ClientId: strict.clientId,
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: { USERNAME: 'alice', SRP_A: 'abcdef', SECRET_HASH: secretHash(strict, 'alice') },
    });
    expect(started.body.ChallengeName).toBe('PASSWORD_VERIFIER');
    await strict.advance(9 * 60_000);
    const answer = await strict.call('RespondToAuthChallenge', {
      ClientId: strict.clientId,
      ChallengeName: 'PASSWORD_VERIFIER',
      Session: started.body.Session,
      ChallengeResponses: {
        USERNAME: 'alice',
        PASSWORD_CLAIM_SIGNATURE: 'AAAA',
        TIMESTAMP: 'Thu Nov 26 11:22:47 UTC 2026',
      },
    });
    expect(answer.body.message).toBe(
      `Client ${strict.clientId} is configured with secret but SECRET_HASH was not received`,
    );
    const signed = await strict.call('RespondToAuthChallenge', {
      ClientId: strict.clientId,
      ChallengeName: 'PASSWORD_VERIFIER',
      Session: started.body.Session,
      ChallengeResponses: {
        USERNAME: 'alice',
        SECRET_HASH: secretHash(strict, 'alice'),
        PASSWORD_CLAIM_SECRET_BLOCK: (started.body.ChallengeParameters as Record<string, string>).SECRET_BLOCK!,
        PASSWORD_CLAIM_SIGNATURE: 'AAAA',
        TIMESTAMP: 'Thu Nov 26 11:22:47 UTC 2026',
      },
    });
    expect(signed.body).toEqual({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });
});
