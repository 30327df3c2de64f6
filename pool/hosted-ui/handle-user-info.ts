import type { IncomingMessage, ServerResponse } from 'node:http';
import { isCognitoError } from '../errors/cognito-error';
import type { OperationContext } from '../operations/operation-context';
import { OAuthError } from './oauth-error';
import { sendOAuthError, sendOAuthJson } from './send-oauth-json';

/**
 * `GET|POST /oauth2/userInfo` with `Authorization: Bearer <access token>`: the user's attributes as strings plus
 * `sub` and `username`. A missing, invalid, expired or revoked token → 401 `invalid_token` (RFC 6750 §3.1).
 * https://docs.aws.amazon.com/cognito/latest/developerguide/userinfo-endpoint.html
 */
export function handleUserInfo(
  ctx: OperationContext,
  options: { request: IncomingMessage; response: ServerResponse },
): void {
  const { request, response } = options;
  request.resume();
  const header = request.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  try {
    const { user } = ctx.tokens.verifyAccessToken(token);
    sendOAuthJson(response, { status: 200, body: { ...user.attributes, sub: user.sub, username: user.Username } });
  } catch (error) {
    if (!isCognitoError(error)) throw error;
    const invalid = new OAuthError({ error: 'invalid_token', description: error.message, status: 401 });
    sendOAuthError(response, invalid, { scheme: 'Bearer' });
  }
}
