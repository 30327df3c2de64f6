import { describe, expect, it } from 'vitest';
import { createCognitoClient, resolveEndpoint } from '../../../../core/auth/cognito/create-cognito-client';
import { CognitoServiceError } from '../../../../core/auth/cognito/map-cognito-error';
import { isSidekeyError } from '../../../../core/errors/sidekey-error';

interface Sent {
  url: string;
  method: string | undefined;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch that records each request and plays the given answers in order (a function may throw). */
function fakeFetch(answers: (Response | (() => never))[]) {
  const sent: Sent[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    sent.push({
      url: String(url),
      method: init?.method,
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: JSON.parse(String(init?.body)),
    });
    const next = answers.shift();
    if (!next) throw new Error('unexpected extra request');
    return typeof next === 'function' ? next() : next;
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/x-amz-json-1.1', ...headers } });
const networkDown = () => {
  throw new TypeError('fetch failed');
};

function setup(answers: (Response | (() => never))[]) {
  const { fetch, sent } = fakeFetch(answers);
  const sleeps: number[] = [];
  let ids = 0;
  const client = createCognitoClient({
    endpoint: 'https://cognito-idp.us-east-1.amazonaws.com/',
    fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    createInvocationId: () => `invocation-${++ids}`,
    userAgent: 'sidekey/test',
  });
  return { client, sent, sleeps };
}

const initiate = {
  AuthFlow: 'USER_SRP_AUTH',
  ClientId: 'client1',
  AuthParameters: { USERNAME: 'alice', SRP_A: 'abc' },
} as const;

describe('createCognitoClient', () => {
  it('posts the JSON body with the headers Amplify sends', async () => {
    const { client, sent } = setup([json(200, { ChallengeName: 'PASSWORD_VERIFIER', ChallengeParameters: {} })]);
    const output = await client.call('InitiateAuth', { ...initiate, ClientMetadata: undefined });
    expect(output.ChallengeName).toBe('PASSWORD_VERIFIER');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({
      url: 'https://cognito-idp.us-east-1.amazonaws.com/',
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
        'x-amz-user-agent': 'sidekey/test',
        'cache-control': 'no-store',
        'amz-sdk-invocation-id': 'invocation-1',
        'amz-sdk-request': 'attempt=1; max=3',
      },
      body: initiate, // undefined members are dropped, as JSON.stringify does
    });
  });

  it('returns an empty object for an empty 200 answer', async () => {
    const { client } = setup([new Response('', { status: 200 })]);
    expect(await client.call('GlobalSignOut', { AccessToken: 'token' })).toEqual({});
  });

  it('gives a fresh invocation id to each logical call', async () => {
    const { client, sent } = setup([json(200, {}), json(200, {})]);
    await client.call('GlobalSignOut', { AccessToken: 't' });
    await client.call('DeleteUser', { AccessToken: 't' });
    expect(sent.map((request) => request.headers['amz-sdk-invocation-id'])).toEqual(['invocation-1', 'invocation-2']);
  });

  it('does not retry NotAuthorizedException and maps it to a typed error', async () => {
    const { client, sent, sleeps } = setup([
      json(
        400,
        { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' },
        { 'x-amzn-requestid': 'r1' },
      ),
    ]);
    const error = (await client.call('InitiateAuth', initiate).catch((e: unknown) => e)) as CognitoServiceError;
    expect(error.code).toBe('NotAuthorizedException');
    expect(error.message).toBe('Incorrect username or password.');
    expect(error.requestId).toBe('r1');
    expect(sent).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('gives up with NetworkError after 3 attempts, keeping one invocation id and counting attempts', async () => {
    const { client, sent, sleeps } = setup([networkDown, networkDown, networkDown]);
    const error = (await client.call('GetUser', { AccessToken: 't' }).catch((e: unknown) => e)) as CognitoServiceError;
    expect(error.code).toBe('NetworkError');
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((request) => request.headers['amz-sdk-invocation-id']))).toEqual(new Set(['invocation-1']));
    expect(sent.map((request) => request.headers['amz-sdk-request'])).toEqual([
      'attempt=1; max=3',
      'attempt=2; max=3',
      'attempt=3; max=3',
    ]);
    expect(sleeps).toEqual([250, 450]); // 2^n·100 ms + 0.5·100 ms jitter, none after the last attempt
  });

  it('retries throttling, 429 and 5xx, then returns the answer that succeeds', async () => {
    const { client, sent, sleeps } = setup([
      json(400, { __type: 'TooManyRequestsException', message: 'Too many requests' }),
      json(503, { message: 'Service unavailable' }),
      json(200, { SecretCode: 'JBSWY3DPEHPK3PXP' }),
    ]);
    expect(await client.call('AssociateSoftwareToken', { AccessToken: 't' })).toEqual({
      SecretCode: 'JBSWY3DPEHPK3PXP',
    });
    expect(sent).toHaveLength(3);
    expect(sleeps).toEqual([250, 450]);
  });

  it('never re-sends RespondToAuthChallenge after a failure Cognito may have acted on, only after throttling', async () => {
    const respond = {
      ClientId: 'c',
      ChallengeName: 'SOFTWARE_TOKEN_MFA' as const,
      Session: 's',
      ChallengeResponses: {},
    };
    for (const failure of [networkDown, json(503, { message: 'Service unavailable' })]) {
      const { client, sent } = setup([failure, json(200, {})]);
      await expect(client.call('RespondToAuthChallenge', respond)).rejects.toBeInstanceOf(CognitoServiceError);
      expect(sent).toHaveLength(1);
    }
    const { client, sent } = setup([json(400, { __type: 'TooManyRequestsException' }), json(200, { Session: 'n' })]);
    expect(await client.call('RespondToAuthChallenge', respond)).toEqual({ Session: 'n' });
    expect(sent).toHaveLength(2);
  });

  it('spreads the jitter over 0–100 ms', async () => {
    const delays: number[] = [];
    for (const jitter of [0, 0.999]) {
      const { fetch } = fakeFetch([json(429, {}), json(200, {})]);
      const client = createCognitoClient({
        endpoint: 'http://localhost/',
        fetch,
        sleep: async (ms) => void delays.push(ms),
        random: () => jitter,
      });
      await client.call('GlobalSignOut', { AccessToken: 't' });
    }
    expect(delays[0]).toBe(200);
    expect(delays[1]).toBeCloseTo(299.9);
  });

  it('honours maxAttempts', async () => {
    const { fetch, sent } = fakeFetch([json(500, {}), json(500, {})]);
    const client = createCognitoClient({ endpoint: 'http://localhost/', fetch, sleep: async () => {}, maxAttempts: 2 });
    const error = (await client.call('GetUser', { AccessToken: 't' }).catch((e: unknown) => e)) as CognitoServiceError;
    expect(error.status).toBe(500);
    expect(sent.map((request) => request.headers['amz-sdk-request'])).toEqual(['attempt=1; max=2', 'attempt=2; max=2']);
  });

  it('treats an unreadable 200 answer as UnknownError without retrying', async () => {
    const { client, sent } = setup([new Response('<html>captive portal</html>', { status: 200 })]);
    const error = (await client.call('GetUser', { AccessToken: 't' }).catch((e: unknown) => e)) as CognitoServiceError;
    expect(error.code).toBe('UnknownError');
    expect(sent).toHaveLength(1);
  });
});

describe('resolveEndpoint', () => {
  it('derives the regional endpoint from the pool id', () => {
    expect(resolveEndpoint({ userPoolId: 'us-east-1_AbCdEfGhI' })).toBe('https://cognito-idp.us-east-1.amazonaws.com/');
    expect(resolveEndpoint({ userPoolId: 'eu-central-1_x1' })).toBe('https://cognito-idp.eu-central-1.amazonaws.com/');
  });

  it('uses the China partition suffix for cn- regions', () => {
    expect(resolveEndpoint({ userPoolId: 'cn-north-1_AbC' })).toBe('https://cognito-idp.cn-north-1.amazonaws.com.cn/');
  });

  it('uses the configured region instead of the one in the pool id', () => {
    expect(resolveEndpoint({ userPoolId: 'us-east-1_Abc', region: 'cn-north-1' })).toBe(
      'https://cognito-idp.cn-north-1.amazonaws.com.cn/',
    );
  });

  it('uses a custom endpoint verbatim, with no path added', () => {
    const userPoolEndpoint = 'http://localhost:9229/some/path?x=1';
    expect(resolveEndpoint({ userPoolId: 'us-east-1_Abc', userPoolEndpoint })).toBe(userPoolEndpoint);
  });

  it('never puts a region that is not an AWS region name into the host name', () => {
    const cases = [
      { userPoolId: 'us-east-1_Abc', region: 'evil.example/x#' },
      { userPoolId: 'us-east-1_Abc', region: 'attacker.example?' },
      { userPoolId: 'local_Abc' },
      { userPoolId: 'US-EAST-1_Abc' },
    ];
    for (const options of cases) {
      expect(() => resolveEndpoint(options), JSON.stringify(options)).toThrow(
        expect.objectContaining({ code: 'InvalidUserPoolId' }),
      );
    }
    expect(resolveEndpoint({ userPoolId: 'us-gov-west-1_Abc' })).toBe(
      'https://cognito-idp.us-gov-west-1.amazonaws.com/',
    );
  });

  it('keeps a free-form region when the pool has its own endpoint, which it never reaches', () => {
    const userPoolEndpoint = 'http://localhost:9229/';
    expect(resolveEndpoint({ userPoolId: 'local_Abc', region: 'anything at all', userPoolEndpoint })).toBe(
      userPoolEndpoint,
    );
  });

  it('refuses a pool id without a region part, even with a custom endpoint', () => {
    for (const userPoolId of ['AbCdEf', '_AbC', 'us-east-1_', 'evil.com/x_Abc', '']) {
      let thrown: unknown;
      try {
        resolveEndpoint({ userPoolId, userPoolEndpoint: 'http://localhost:1/' });
      } catch (error) {
        thrown = error;
      }
      expect(isSidekeyError(thrown, 'InvalidUserPoolId')).toBe(true);
    }
  });
});
