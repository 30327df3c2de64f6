import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../support/test-pool';

let pool: TestPool;

beforeAll(async () => {
  pool = await startTestPool({ users: [{ username: 'alice', password: 'Passw0rd!' }] });
});
afterAll(async () => {
  await pool?.stop();
});

function signInWithAcij(
  password: string,
): Promise<{ accessToken: string } | { error: { code?: string; name?: string } }> {
  const userPool = new CognitoUserPool({ UserPoolId: pool.poolId, ClientId: pool.clientId, endpoint: pool.url });
  const user = new CognitoUser({ Username: 'alice', Pool: userPool });
  return new Promise((resolve) => {
    user.authenticateUser(new AuthenticationDetails({ Username: 'alice', Password: password }), {
      onSuccess: (session) => resolve({ accessToken: session.getAccessToken().getJwtToken() }),
      onFailure: (error) => resolve({ error }),
    });
  });
}

describe('PASSWORD_VERIFIER with amazon-cognito-identity-js', () => {
  it('signs in by SRP with the right password', async () => {
    const result = await signInWithAcij('Passw0rd!');
    expect('accessToken' in result && result.accessToken.split('.')).toHaveLength(3);
  });

  it('refuses a wrong password with NotAuthorizedException', async () => {
    const result = await signInWithAcij('Passw0rd?');
    expect(result).toEqual({ error: expect.objectContaining({ code: 'NotAuthorizedException' }) });
  });
});

describe('PASSWORD_VERIFIER on the wire', () => {
  it('refuses a malformed TIMESTAMP and a claim that echoes another secret block', async () => {
    const start = await pool.call('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: { USERNAME: 'alice', SRP_A: 'abcdef0123456789' },
    });
    expect(start.body.ChallengeName).toBe('PASSWORD_VERIFIER');
    const parameters = start.body.ChallengeParameters as Record<string, string>;
    const answer = (responses: Record<string, string>) =>
      pool.call('RespondToAuthChallenge', {
        ClientId: pool.clientId,
        ChallengeName: 'PASSWORD_VERIFIER',
        Session: start.body.Session,
        ChallengeResponses: {
          USERNAME: 'alice',
          PASSWORD_CLAIM_SECRET_BLOCK: parameters.SECRET_BLOCK!,
          PASSWORD_CLAIM_SIGNATURE: 'AAAA',
          TIMESTAMP: 'Thu Nov 26 11:22:47 UTC 2026',
          ...responses,
        },
      });
    const badTime = await answer({ TIMESTAMP: '2026-11-26T11:22:47Z' });
    expect(badTime.body.__type).toBe('InvalidParameterException');
    const forged = await answer({ PASSWORD_CLAIM_SECRET_BLOCK: 'AAAA' });
    expect(forged.body).toMatchObject({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    const again = await answer({});
    expect(again.body).toMatchObject({
      __type: 'NotAuthorizedException',
      message: 'Invalid session for the user, session can only be used once.',
    });
  });

  it('refuses an SRP_A of zero', async () => {
    const start = await pool.call('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: { USERNAME: 'alice', SRP_A: '0' },
    });
    expect(start).toMatchObject({ status: 400, body: { __type: 'InvalidParameterException' } });
  });
});
