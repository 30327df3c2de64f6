import type { IncomingMessage } from 'node:http';
import type { PoolStore } from '../state/pool-store';
import type { AppClient, UserPool } from '../state/types';
import { OAuthError } from './oauth-error';

/**
 * Identifies and authenticates the app client at the token endpoint (RFC 6749 §2.3.1): `Authorization: Basic
 * base64(client_id:client_secret)` (client_secret_basic), or `client_id` (+ `client_secret`, client_secret_post) in
 * the form. A client with a secret must present it; one without must not. Failures are `invalid_client` — 401 with
 * `WWW-Authenticate` when Basic was used, 400 otherwise (RFC 6749 §5.2).
 * https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
 */
export function authenticateTokenClient(
  store: PoolStore,
  options: { request: IncomingMessage; form: URLSearchParams },
): { pool: UserPool; client: AppClient } {
  const basic = readBasic(options.request.headers.authorization);
  const clientId = basic?.id ?? options.form.get('client_id') ?? '';
  const secret = basic?.secret ?? options.form.get('client_secret') ?? undefined;
  const refuse = () =>
    new OAuthError({
      error: 'invalid_client',
      description: 'Client authentication failed.',
      status: basic ? 401 : 400,
    });
  if (basic && options.form.has('client_id') && options.form.get('client_id') !== basic.id) throw refuse();
  let found: { pool: UserPool; client: AppClient };
  try {
    found = store.findClient(clientId);
  } catch {
    throw refuse();
  }
  const expected = found.client.ClientSecret;
  if (expected === undefined ? secret !== undefined : secret !== expected) throw refuse();
  return found;
}

function readBasic(header: string | undefined): { id: string; secret: string } | undefined {
  if (!header?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const index = decoded.indexOf(':');
  if (index < 0) return { id: decoded, secret: '' };
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      return part;
    }
  };
  return { id: decode(decoded.slice(0, index)), secret: decode(decoded.slice(index + 1)) };
}
