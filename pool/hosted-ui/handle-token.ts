import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../http/read-body';
import type { OperationContext } from '../operations/operation-context';
import { authenticateTokenClient } from './authenticate-token-client';
import { OAuthError } from './oauth-error';
import { redeemAuthorizationCode } from './redeem-authorization-code';
import { refreshWithRefreshToken } from './refresh-with-refresh-token';
import { sendOAuthJson } from './send-oauth-json';

/**
 * `POST /oauth2/token` (form-encoded): grant_type authorization_code (with PKCE) or refresh_token; errors as
 * `{"error": "<code>", "error_description": "..."}` (RFC 6749 §5.2).
 * https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
 */
export async function handleToken(
  ctx: OperationContext,
  options: { request: IncomingMessage; response: ServerResponse },
): Promise<void> {
  const { request, response } = options;
  const type = String(request.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  const body = await readBody(request, 64 * 1024);
  if (type !== 'application/x-www-form-urlencoded' || body === undefined) {
    throw new OAuthError({ error: 'invalid_request', description: 'Send an application/x-www-form-urlencoded body.' });
  }
  const form = new URLSearchParams(body);
  const grantType = form.get('grant_type');
  if (!grantType) throw new OAuthError({ error: 'invalid_request', description: 'grant_type is required.' });
  const { pool, client } = authenticateTokenClient(ctx.store, { request, form });
  let tokens: Record<string, unknown>;
  if (grantType === 'authorization_code') tokens = redeemAuthorizationCode(ctx, { pool, client, form });
  else if (grantType === 'refresh_token') tokens = refreshWithRefreshToken(ctx, { pool, client, form });
  else
    throw new OAuthError({ error: 'unsupported_grant_type', description: `grant_type ${grantType} is not supported.` });
  sendOAuthJson(response, { status: 200, body: tokens });
}
