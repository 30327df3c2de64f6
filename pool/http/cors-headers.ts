import type { IncomingMessage } from 'node:http';

/** Headers Amplify v6, amazon-cognito-identity-js and the AWS SDK send (docs/cognito-api.md §1.2). */
const ALLOWED_HEADERS = [
  'content-type',
  'x-amz-target',
  'x-amz-user-agent',
  'x-amz-date',
  'x-amz-security-token',
  'x-amz-content-sha256',
  'cache-control',
  'pragma',
  'amz-sdk-invocation-id',
  'amz-sdk-request',
  'authorization',
];

/** CORS headers for every answer: the origin is echoed, error type and request id are readable by scripts. */
export function corsHeaders(request: IncomingMessage): Record<string, string> {
  const origin = request.headers.origin;
  return {
    'access-control-allow-origin': typeof origin === 'string' && origin !== '' ? origin : '*',
    'access-control-expose-headers': 'x-amzn-errortype, x-amzn-requestid, x-amzn-request-id, date',
    vary: 'Origin',
  };
}

/** Extra headers for a preflight (OPTIONS). Requested headers are allowed on top of the known list. */
export function preflightHeaders(request: IncomingMessage): Record<string, string> {
  const requested = String(request.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => /^[a-z0-9-]+$/.test(name));
  const headers: Record<string, string> = {
    'access-control-allow-methods': 'POST, GET, DELETE, OPTIONS',
    'access-control-allow-headers': [...new Set([...ALLOWED_HEADERS, ...requested])].join(', '),
    'access-control-max-age': '600',
  };
  // Chrome's Private Network Access preflight (a public page calling the local pool).
  if (request.headers['access-control-request-private-network'] === 'true') {
    headers['access-control-allow-private-network'] = 'true';
  }
  return headers;
}
