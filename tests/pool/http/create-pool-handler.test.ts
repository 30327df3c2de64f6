import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock } from '../../../pool/clock/create-clock';
import { CognitoError } from '../../../pool/errors/cognito-error';
import { createPoolHandler } from '../../../pool/http/create-pool-handler';
import { createOriginPolicy, type OriginPolicy } from '../../../pool/http/origin-policy';
import type { Operation, OperationContext } from '../../../pool/operations/operation-context';
import { Outbox } from '../../../pool/outbox';
import { PoolStore } from '../../../pool/state/pool-store';

let server: Server;
let url: string;
let appServer: Server;
let appUrl: string;
const logged: string[] = [];

const operations: Record<string, Operation> = {
  Echo: (input) => ({ got: input }),
  Refuse: () => {
    throw new CognitoError('NotAuthorizedException', 'Incorrect username or password.');
  },
  Crash: () => {
    throw new Error('disk on fire at /secret/path');
  },
  AdminGetUser: (input) => ({ admin: input }),
};

async function listen(
  options: { originPolicy?: OriginPolicy; logRefusals?: boolean } = {},
): Promise<{ server: Server; url: string }> {
  const store = new PoolStore();
  const clock = createClock();
  const outbox = new Outbox();
  const random = (bytes: number) => new Uint8Array(randomBytes(bytes));
  const issuer = (poolId: string) => `http://pool/${poolId}`;
  const context = (requestId: string) =>
    ({ store, clock, random, outbox, issuer, requestId }) as unknown as OperationContext;
  const started = createServer(
    createPoolHandler({
      createContext: context,
      operations,
      clock,
      random,
      store,
      outbox,
      issuer,
      logger: (line) => logged.push(line),
      ...(options.originPolicy ? { originPolicy: options.originPolicy } : {}),
      ...(options.logRefusals ? { logRefusals: true } : {}),
    }),
  );
  await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
  return { server: started, url: `http://127.0.0.1:${(started.address() as AddressInfo).port}` };
}

beforeAll(async () => {
  ({ server, url } = await listen());
  const policy = createOriginPolicy({ hostName: '127.0.0.1', allowOrigins: ['https://app.example.com'] });
  ({ server: appServer, url: appUrl } = await listen({ originPolicy: policy }));
});
afterAll(async () => {
  for (const running of [server, appServer]) await new Promise<void>((resolve) => running.close(() => resolve()));
});

const post = (body: string, target: string | null = 'AWSCognitoIdentityProviderService.Echo') =>
  fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      ...(target ? { 'x-amz-target': target } : {}),
    },
    body,
  });

describe('createPoolHandler', () => {
  it('runs the operation named by X-Amz-Target and answers AWS JSON 1.1 with a request id', async () => {
    const response = await post('{"a":1}');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ got: { a: 1 } });
  });

  it('accepts application/json too', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-amz-target': 'AWSCognitoIdentityProviderService.Echo' },
      body: '{"b":2}',
    });
    expect(await response.json()).toEqual({ got: { b: 2 } });
  });

  it('serialises a CognitoError as status, x-amzn-errortype and {__type, message}', async () => {
    const response = await post('{}', 'AWSCognitoIdentityProviderService.Refuse');
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('NotAuthorizedException');
    expect(await response.json()).toEqual({
      __type: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });

  it('logs which check refused a call only when asked to, never the request', async () => {
    const refusing = { body: '{"Password":"hunter2-secret"}', target: 'AWSCognitoIdentityProviderService.Refuse' };
    logged.length = 0;
    await post(refusing.body, refusing.target);
    expect(logged).toEqual([]);
    const verbose = await listen({ logRefusals: true });
    try {
      const response = await fetch(verbose.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': refusing.target },
        body: refusing.body,
      });
      expect(response.status).toBe(400);
      expect(logged).toEqual(['[pool] Refuse refused: NotAuthorizedException: Incorrect username or password.']);
    } finally {
      await new Promise<void>((resolve) => verbose.server.close(() => resolve()));
    }
  });

  it('answers SerializationException to malformed JSON and to a JSON array', async () => {
    for (const body of ['{"a":', '[1,2]', 'null']) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { __type: string }).__type).toBe('SerializationException');
    }
  });

  it('answers UnknownOperationException to an unknown, foreign or missing target', async () => {
    for (const target of ['AWSCognitoIdentityProviderService.Nope', 'DynamoDB_20120810.Echo', null]) {
      const response = await post('{}', target);
      expect(response.status).toBe(400);
      expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    }
  });

  it('refuses a body over 1 MB with a Cognito-shaped 413', async () => {
    const response = await post(JSON.stringify({ big: 'x'.repeat(1024 * 1024 + 10) }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { __type: string }).__type).toBe('RequestEntityTooLargeException');
  });

  it('answers an unexpected failure with a 500 InternalErrorException that reveals no stack, and keeps serving', async () => {
    const response = await post('{}', 'AWSCognitoIdentityProviderService.Crash');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ __type: 'InternalErrorException', message: 'An internal error occurred.' });
    expect(text).not.toContain('secret');
    expect(logged.some((line) => line.includes('disk on fire'))).toBe(true);
    expect((await post('{}')).status).toBe(200);
  });

  it('answers a request to "//", which is no path under a base URL, with a 404 Cognito error, not a 500', async () => {
    // Found by tests/pool/http/create-pool-handler.fuzz.test.ts: `new URL('//', base)` threw, answering 500.
    for (const path of ['//', '//x/_pool/state']) {
      const answer = await rawRequest(`${url}${path}`, {});
      expect(answer.status).toBe(404);
      expect(JSON.parse(answer.body)).toMatchObject({ __type: 'ResourceNotFoundException' });
    }
  });

  it('answers a CORS preflight allowing the headers Amplify sends and echoing the origin', async () => {
    const response = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin: 'chrome-extension://npbmcjcmafkjbchncmpemdbkmagoobec',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-amz-target,x-amz-user-agent,amz-sdk-request,x-custom',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(
      'chrome-extension://npbmcjcmafkjbchncmpemdbkmagoobec',
    );
    const allowed = response.headers.get('access-control-allow-headers')!.split(', ');
    for (const header of [
      'content-type',
      'x-amz-target',
      'x-amz-user-agent',
      'cache-control',
      'amz-sdk-invocation-id',
      'x-custom',
    ]) {
      expect(allowed).toContain(header);
    }
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('lets scripts read the error type and request id of a cross-origin answer', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', 'x-amz-target': 'AWSCognitoIdentityProviderService.Refuse' },
      body: '{}',
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-expose-headers')).toContain('x-amzn-errortype');
    expect(response.headers.get('access-control-expose-headers')).toContain('x-amzn-requestid');
  });

  it('serves the test endpoints under /_pool/ only and refuses a bad clock request', async () => {
    expect(await (await fetch(`${url}/_pool/health`)).json()).toMatchObject({ ok: true });
    const before = ((await (await fetch(`${url}/_pool/health`)).json()) as { now: number }).now;
    const moved = await fetch(`${url}/_pool/clock`, { method: 'POST', body: '{"advanceMs": 60000}' });
    expect(((await moved.json()) as { now: number }).now).toBeGreaterThanOrEqual(before + 60_000);
    expect((await fetch(`${url}/_pool/clock`, { method: 'POST', body: '{"advanceMs": -5}' })).status).toBe(400);
    const cleared = await fetch(`${url}/_pool/outbox`, { method: 'DELETE' });
    expect(await cleared.json()).toEqual({ messages: [] });
    expect(await (await fetch(`${url}/_pool/outbox`)).json()).toEqual({ messages: [] });
    expect((await fetch(`${url}/_pool/nope`)).status).toBe(404);
    expect((await fetch(`${url}/elsewhere`)).status).toBe(404);
  });
});

/** A raw request, since fetch will not send a Host header of the caller's choosing. */
function rawRequest(target: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(target, { method: 'GET', headers }, (incoming) => {
      let body = '';
      incoming.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const fromOrigin = (target: string, origin: string, amzTarget = 'AWSCognitoIdentityProviderService.Echo') =>
  fetch(target, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': amzTarget },
    body: '{}',
  });

describe('which browser pages the handler answers', () => {
  it('refuses a page from any other origin with a 403 that carries no CORS headers, preflight or not', async () => {
    for (const origin of ['https://evil.example', 'null', 'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh']) {
      const preflight = await fetch(url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-private-network': 'true',
        },
      });
      expect(preflight.status).toBe(403);
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      expect(preflight.headers.get('access-control-allow-private-network')).toBeNull();
      const posted = await fromOrigin(url, origin);
      expect(posted.status).toBe(403);
      expect(posted.headers.get('access-control-allow-origin')).toBeNull();
      expect(await posted.json()).toMatchObject({ __type: 'AccessDeniedException' });
    }
  });

  it('grants Private Network Access to a loopback page, the extension and an --allow-origin origin', async () => {
    for (const [target, origin] of [
      [url, 'http://localhost:5173'],
      [url, 'moz-extension://0b8c2a4e-1f1d-4c55-9a7e-2f3c4d5e6f70'],
      [appUrl, 'https://app.example.com'],
    ] as const) {
      const preflight = await fetch(target, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-private-network': 'true',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-private-network')).toBe('true');
    }
    expect((await fromOrigin(url, 'https://app.example.com')).status).toBe(403);
  });

  it('refuses a request whose Host does not name the pool (DNS rebinding), and serves one that does', async () => {
    const port = new URL(url).port;
    const rebound = await rawRequest(`${url}/_pool/health`, { host: `rebind.evil.example:${port}` });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain('"ok"');
    expect((await rawRequest(`${url}/_pool/health`, { host: `localhost:${port}` })).status).toBe(200);
  });

  it('keeps admin operations and the /_pool/ endpoints from pages that are neither loopback nor the extension', async () => {
    const admin = 'AWSCognitoIdentityProviderService.AdminGetUser';
    const denied = await fromOrigin(appUrl, 'https://app.example.com', admin);
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
    expect((await fromOrigin(appUrl, 'https://app.example.com')).status).toBe(200);
    const outbox = await fetch(`${appUrl}/_pool/outbox`, { headers: { origin: 'https://app.example.com' } });
    expect(outbox.status).toBe(403);
    expect((await fromOrigin(appUrl, 'http://127.0.0.1:3000', admin)).status).toBe(200);
    expect((await fromOrigin(appUrl, 'chrome-extension://npbmcjcmafkjbchncmpemdbkmagoobec', admin)).status).toBe(200);
    expect((await fetch(`${appUrl}/_pool/outbox`)).status).toBe(200);
  });
});
