import type { ServerResponse } from 'node:http';
import type { OAuthError } from './oauth-error';

/** A token-endpoint style JSON answer: `application/json`, never cached (RFC 6749 §5.1). */
export function sendOAuthJson(
  response: ServerResponse,
  options: { status: number; body: unknown; headers?: Record<string, string> },
): void {
  const text = JSON.stringify(options.body);
  response.writeHead(options.status, {
    ...options.headers,
    'content-type': 'application/json;charset=UTF-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    pragma: 'no-cache',
  });
  response.end(text);
}

/** An OAuth error as JSON (RFC 6749 §5.2); a 401 carries `WWW-Authenticate`. */
export function sendOAuthError(response: ServerResponse, error: OAuthError, options: { scheme?: string } = {}): void {
  const headers: Record<string, string> =
    error.status === 401 ? { 'www-authenticate': `${options.scheme ?? 'Basic'} error="${error.error}"` } : {};
  sendOAuthJson(response, {
    status: error.status,
    body: { error: error.error, error_description: error.message },
    headers,
  });
}
