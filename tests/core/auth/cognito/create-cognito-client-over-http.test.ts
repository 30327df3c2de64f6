import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** An HTTP server on a free loopback port answering every request with `answer`; resolves to its base URL. */
async function listen(answer: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

describe('createCognitoClient and redirects', () => {
  it('refuses to follow a redirect: the body is never re-sent to where the endpoint points', async () => {
    const elsewhere: string[] = [];
    const catcher = await listen((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        elsewhere.push(body);
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end('{}');
      });
    });
    // 307 keeps the method and body: a followed redirect would hand the password to `catcher`.
    const redirector = await listen((_request, response) => {
      response.writeHead(307, { location: catcher.url }).end();
    });
    try {
      const client = createCognitoClient({ endpoint: redirector.url, fetch, sleep: async () => {} });
      const input = {
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: clientId,
        AuthParameters: { USERNAME: 'alice', PASSWORD: 'Passw0rd!' },
      } as const;
      const error = (await client.call('InitiateAuth', input).catch((e: unknown) => e)) as CognitoServiceError;
      expect(error.code).toBe('NetworkError');
      expect(elsewhere).toEqual([]);
    } finally {
      redirector.server.close();
      catcher.server.close();
    }
  });
});
