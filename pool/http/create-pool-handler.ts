import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../clock/create-clock';
import { CognitoError, isCognitoError } from '../errors/cognito-error';
import type { Operation, OperationContext } from '../operations/operation-context';
import type { Outbox } from '../outbox';
import type { PoolStore } from '../state/pool-store';
import { type RandomBytes, randomUuid } from '../state/random-string';
import { corsHeaders, preflightHeaders } from './cors-headers';
import { dispatchOperation } from './dispatch-operation';
import { handleTestEndpoint } from './handle-test-endpoint';
import { handleWellKnown } from './handle-well-known';
import { createOriginPolicy, type OriginPolicy } from './origin-policy';
import { readBody } from './read-body';
import type { RouteHandler } from './route-handler';
import { sendCognitoError, sendJson } from './send-json';

export interface PoolHandlerOptions {
  /** A fresh context per request (it carries the request id). */
  createContext: (requestId: string) => OperationContext;
  operations: Record<string, Operation>;
  clock: Clock;
  random: RandomBytes;
  store: PoolStore;
  outbox: Outbox;
  issuer: (poolId: string) => string;
  logger: (line: string) => void;
  /**
   * Also writes each refused API call to `logger`: the operation, Cognito's exception name and its message (which
   * says which check refused it, e.g. a spent or expired Session), never the request. For a flaky test's log.
   */
  logRefusals?: boolean;
  /** Routes tried before the built-in GET routes (hosted UI, later). */
  extraRoutes?: RouteHandler[];
  /** Which browser origins and Host names are answered; loopback and the extension only when absent. */
  originPolicy?: OriginPolicy;
}

/**
 * Operations real Cognito answers only to IAM-signed requests: pool management and the Admin* calls. A browser may
 * send them only from loopback or the extension (pool/http/origin-policy.ts).
 */
const adminOperation =
  /^(Admin[A-Za-z]+|CreateUserPool|CreateUserPoolClient|DescribeUserPool|DescribeUserPoolClient|UpdateUserPool|UpdateUserPoolClient|SetUserPoolMfaConfig|GetUserPoolMfaConfig|ListUsers)$/;

/**
 * The pool's HTTP handler: `POST /` with X-Amz-Target (the Cognito API), CORS, JWKS/OpenID discovery and the
 * test-only `/_pool/*` endpoints. It never throws: unexpected failures answer 500 `InternalErrorException`
 * with no stack in the body.
 */
export function createPoolHandler(options: PoolHandlerOptions) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const requestId = randomUuid(options.random);
    handle(options, request, response, requestId).catch((error: unknown) => {
      options.logger(`[pool] internal error on ${request.method} ${request.url}: ${describe(error)}`);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendCognitoError(response, new CognitoError('InternalErrorException', 'An internal error occurred.', 500), {
        ...corsHeaders(request),
        'x-amzn-requestid': requestId,
      });
    });
  };
}

async function handle(
  options: PoolHandlerOptions,
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
): Promise<void> {
  const policy = options.originPolicy ?? createOriginPolicy();
  const origin = headerValue(request, 'origin');
  if (!policy.servesHost(headerValue(request, 'host'))) {
    refuse(response, { requestId, message: 'This pool does not answer for that Host name.' });
    return;
  }
  if (origin !== undefined && !policy.allows(origin)) {
    refuse(response, { requestId, message: 'This pool does not answer pages from that origin.' });
    return;
  }
  const trusted = origin === undefined || policy.trusts(origin);
  const baseHeaders = { ...corsHeaders(request), 'x-amzn-requestid': requestId };
  for (const [name, value] of Object.entries(baseHeaders)) response.setHeader(name, value);
  const url = requestUrl(request.url);
  if (!url) {
    request.resume();
    sendJson(response, {
      status: 404,
      body: { __type: 'ResourceNotFoundException', message: 'The request path is not a path.' },
      headers: { 'x-amzn-errortype': 'ResourceNotFoundException' },
      contentType: 'application/json',
    });
    return;
  }

  if (request.method === 'OPTIONS') {
    response.writeHead(204, preflightHeaders(request));
    response.end();
    return;
  }
  if (request.method === 'POST' && url.pathname === '/') {
    const body = await readBody(request);
    if (body === undefined) {
      sendCognitoError(response, new CognitoError('RequestEntityTooLargeException', 'Request body too large.', 413));
      return;
    }
    const ctx = options.createContext(requestId);
    const region = signedRegion(request);
    if (region) ctx.region = region;
    let answer: { output: object } | { error: CognitoError };
    try {
      const target = headerValue(request, 'x-amz-target');
      if (!trusted && adminOperation.test(target?.split('.').pop() ?? '')) {
        throw new CognitoError(
          'AccessDeniedException',
          'Admin operations answer loopback pages and Sidekey only.',
          403,
        );
      }
      answer = { output: await dispatchOperation({ target, body, operations: options.operations }, ctx) };
    } catch (error) {
      if (!isCognitoError(error)) throw error;
      answer = { error };
      if (options.logRefusals) {
        const operation = headerValue(request, 'x-amz-target')?.split('.').pop()?.slice(0, 64) ?? '(none)';
        options.logger(`[pool] ${operation} refused: ${error.type}: ${error.message}`);
      }
    }
    // Before answering: persistence writes only when the state differs, so this is cheap for reads and also saves
    // a change an operation forgot to announce.
    ctx.store.changed();
    if ('error' in answer) sendCognitoError(response, answer.error);
    else sendJson(response, { status: 200, body: answer.output });
    return;
  }
  if (!trusted && url.pathname.startsWith('/_pool/')) {
    refuse(response, { requestId, message: 'The test endpoints answer loopback pages and Sidekey only.' });
    return;
  }
  for (const route of [...(options.extraRoutes ?? []), handleTestEndpoint(options), handleWellKnown(options)]) {
    if (await route(request, response, url)) return;
  }
  request.resume();
  sendJson(response, {
    status: 404,
    body: { __type: 'ResourceNotFoundException', message: `No route for ${request.method} ${url.pathname}` },
    headers: { 'x-amzn-errortype': 'ResourceNotFoundException' },
    contentType: 'application/json',
  });
}

/** 403 without CORS headers: the page cannot read it, and a preflight fails. */
function refuse(response: ServerResponse, options: { requestId: string; message: string }): void {
  response.req.resume();
  sendJson(response, {
    status: 403,
    body: { __type: 'AccessDeniedException', message: options.message },
    headers: { 'x-amzn-errortype': 'AccessDeniedException', 'x-amzn-requestid': options.requestId },
    contentType: 'application/json',
  });
}

/**
 * The request target as a URL: origin-form (`/path?query`, `//` included, which a base URL would read as a host) or
 * absolute-form; undefined when it is neither.
 */
function requestUrl(target = '/'): URL | undefined {
  try {
    return new URL(target.startsWith('/') ? `http://pool.local${target}` : target);
  } catch {
    return undefined;
  }
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The region of a SigV4-signed request (`Credential=<key>/<date>/<region>/cognito-idp/aws4_request`). */
function signedRegion(request: IncomingMessage): string | undefined {
  const match = /Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]+)\//.exec(headerValue(request, 'authorization') ?? '');
  return match?.[1];
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
