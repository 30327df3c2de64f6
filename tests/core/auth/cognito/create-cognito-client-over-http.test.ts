import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCognitoClient, resolveEndpoint } from '../../../../core/auth/cognito/create-cognito-client';
import type { CognitoServiceError } from '../../../../core/auth/cognito/map-cognito-error';
import { createSrpClient } from '../../../../core/auth/srp/srp-client';
import { formatSrpTimestamp } from '../../../../core/auth/srp/srp-timestamp';
import { type RunningPool, startPool } from '../../../../pool/start-pool';

const userPoolId = 'us-east-1_SidekeyWire1';
const clientId = 'wireclient00000000000000001';
const random = (count: number) => crypto.getRandomValues(new Uint8Array(count));

describe('createCognitoClient over HTTP against the local pool', () => {
  let pool: RunningPool;
  let requests = 0;
  let client: ReturnType<typeof createCognitoClient>;

  beforeAll(async () => {
    pool = await startPool({
      seed: {
        pools: [
          {
            Id: userPoolId,
            config: { PoolName: 'wire' },
            clients: [{ ClientId: clientId, ClientName: 'wire', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'] }],
            users: [{ Username: 'alice', Password: 'Passw0rd!' }],
          },
        ],
      },
    });
    const countingFetch: typeof fetch = (input, init) => {
      requests++;
      return fetch(input, init);
    };
    client = createCognitoClient({
      endpoint: resolveEndpoint({ userPoolId, userPoolEndpoint: pool.url }),
      fetch: countingFetch,
    });
  });
  afterAll(() => pool?.stop());

  async function signIn(password: string) {
    const srp = await createSrpClient({ random });
    const started = await client.call('InitiateAuth', {
      AuthFlow: 'USER_SRP_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: 'alice', SRP_A: srp.srpA },
    });
    expect(started.ChallengeName).toBe('PASSWORD_VERIFIER');
    const parameters = started.ChallengeParameters!;
    const timestamp = formatSrpTimestamp(new Date());
    return client.call('RespondToAuthChallenge', {
      ClientId: clientId,
      ChallengeName: 'PASSWORD_VERIFIER',
      ...(started.Session ? { Session: started.Session } : {}),
      ChallengeResponses: {
        USERNAME: parameters.USERNAME!,
        PASSWORD_CLAIM_SECRET_BLOCK: parameters.SECRET_BLOCK!,
        TIMESTAMP: timestamp,
        PASSWORD_CLAIM_SIGNATURE: await srp.computeClaim({
          poolName: userPoolId.split('_')[1]!,
          userIdForSrp: parameters.USER_ID_FOR_SRP!,
          password,
          saltHex: parameters.SALT!,
          srpBHex: parameters.SRP_B!,
          secretBlock: parameters.SECRET_BLOCK!,
          timestamp,
        }),
      },
    });
  }

  it('signs in by SRP and reads the user with the access token', async () => {
    const done = await signIn('Passw0rd!');
    const accessToken = done.AuthenticationResult?.AccessToken;
    expect(accessToken).toEqual(expect.any(String));
    const user = await client.call('GetUser', { AccessToken: accessToken! });
    expect(user.Username).toBe('alice');
  });

  it('gets NotAuthorizedException for a wrong password, in one request', async () => {
    const before = requests;
    const error = (await signIn('wrong-password').catch((e: unknown) => e)) as CognitoServiceError;
    expect(error.code).toBe('NotAuthorizedException');
    expect(error.status).toBe(400);
    expect(requests - before).toBe(2); // InitiateAuth + one RespondToAuthChallenge, no retry
  });
});
