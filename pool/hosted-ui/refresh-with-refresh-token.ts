import { refreshSessionTokens } from '../auth/refresh-session-tokens';
import { isCognitoError } from '../errors/cognito-error';
import type { OperationContext } from '../operations/operation-context';
import type { AppClient, UserPool } from '../state/types';
import { OAuthError } from './oauth-error';

/**
 * The refresh_token grant (RFC 6749 §6) with the same checks as REFRESH_TOKEN_AUTH (client, expiry, revocation,
 * rotation); any refusal is `invalid_grant`. A new refresh token is returned only when rotation is on.
 */
export function refreshWithRefreshToken(
  ctx: OperationContext,
  options: { pool: UserPool; client: AppClient; form: URLSearchParams },
): Record<string, unknown> {
  const refreshToken = options.form.get('refresh_token');
  if (!refreshToken) throw new OAuthError({ error: 'invalid_request', description: 'refresh_token is required.' });
  let tokens: Record<string, unknown>;
  try {
    tokens = refreshSessionTokens(ctx, {
      pool: options.pool,
      client: options.client,
      refreshToken,
      rotate: options.client.RefreshTokenRotation.Feature === 'ENABLED',
    });
  } catch (error) {
    if (isCognitoError(error)) throw new OAuthError({ error: 'invalid_grant', description: error.message });
    throw error;
  }
  return {
    id_token: tokens.IdToken,
    access_token: tokens.AccessToken,
    ...(typeof tokens.RefreshToken === 'string' ? { refresh_token: tokens.RefreshToken } : {}),
    expires_in: tokens.ExpiresIn,
    token_type: 'Bearer',
  };
}
