import { SidekeyError } from '../../../core/errors/sidekey-error';

/** One request the engine sent: operation name and JSON body. */
type SentRequest = { operation: string; body: Record<string, unknown> };
type Handler = (body: Record<string, unknown>) => unknown;

/**
 * A scripted Cognito behind a `fetch`: each operation answers from a queue of handlers (the last one repeats).
 * A handler throwing a SidekeyError becomes Cognito's error response with that code, as the real service sends it;
 * a handler may answer a promise, to hold its request in flight while the test does something else.
 */
export function createFakeCognito(script: Record<string, Handler[]>) {
  const sent: SentRequest[] = [];
  const queues = new Map(Object.entries(script).map(([name, handlers]) => [name, [...handlers]]));
  const fetch = async (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const target = new Headers(init?.headers).get('x-amz-target') ?? '';
    const operation = target.replace('AWSCognitoIdentityProviderService.', '');
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    sent.push({ operation, body });
    const queue = queues.get(operation);
    const handler = queue && queue.length > 1 ? queue.shift() : queue?.[0];
    if (!handler) return json(400, { __type: 'InvalidParameterException', message: `unscripted ${operation}` });
    try {
      return json(200, (await handler(body)) ?? {});
    } catch (error) {
      if (!(error instanceof SidekeyError)) throw error;
      return json(400, { __type: `com.amazonaws.cognito#${error.code}`, message: error.message });
    }
  };
  return {
    fetch: fetch as typeof globalThis.fetch,
    sent,
    of: (operation: string) => sent.filter((r) => r.operation === operation),
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/x-amz-json-1.1' } });

/** An unsigned JWT with the given claims (the engine reads claims; signatures are the pool's tests' business). */
export function fakeJwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none' })}.${encode(claims)}.sig`;
}

/** An AuthenticationResult for `username`, issued at `nowSeconds`, valid for an hour. */
export function fakeTokens(options: { username: string; nowSeconds: number; extra?: Record<string, unknown> }) {
  const { username, nowSeconds } = options;
  const common = { sub: `sub-${username}`, iat: nowSeconds, exp: nowSeconds + 3600 };
  return {
    AccessToken: fakeJwt({ ...common, username, token_use: 'access', ...options.extra }),
    IdToken: fakeJwt({ ...common, 'cognito:username': username, token_use: 'id' }),
    RefreshToken: `refresh-${username}-${nowSeconds}`,
    ExpiresIn: 3600,
  };
}

/** A Cognito service error, as a handler throws it. */
export const cognitoError = (code: string, message = code) => new SidekeyError({ code, message });
