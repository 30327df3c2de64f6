import type { OperationContext } from '../operations/operation-context';
import { randomUuid } from '../state/random-string';
import type { AppClient, UserPool } from '../state/types';
import { findAuthorizationGrant, markAuthorizationCodeRedeemed } from './authorization-codes';
import { OAuthError } from './oauth-error';
import { verifyPkce } from './verify-pkce';

/**
 * The authorization_code grant (RFC 6749 §4.1.3): the code must exist, be unexpired and unused, belong to this
 * client, and come with the same redirect_uri; with PKCE the verifier must match (RFC 7636 §4.6). Every refusal is
 * `invalid_grant` except missing parameters (`invalid_request`). A code used twice also revokes the tokens of its
 * first use (RFC 6749 §4.1.2). Returns the token endpoint's JSON.
 */
export function redeemAuthorizationCode(
  ctx: OperationContext,
  options: { pool: UserPool; client: AppClient; form: URLSearchParams },
): Record<string, unknown> {
  const { pool, client, form } = options;
  const code = form.get('code');
  const redirectUri = form.get('redirect_uri');
  if (!code || !redirectUri) {
    throw new OAuthError({ error: 'invalid_request', description: 'code and redirect_uri are required.' });
  }
  if (!client.AllowedOAuthFlowsUserPoolClient || !client.AllowedOAuthFlows.includes('code')) {
    throw new OAuthError({ error: 'unauthorized_client', description: 'The client may not use this grant.' });
  }
  const invalidGrant = (description: string) => new OAuthError({ error: 'invalid_grant', description });
  const grant = findAuthorizationGrant(ctx.store.state, code);
  if (!grant || grant.poolId !== pool.Id || grant.clientId !== client.ClientId) throw invalidGrant('Invalid code.');
  const user = Object.hasOwn(pool.users, grant.username) ? pool.users[grant.username] : undefined;
  if (grant.redeemedOriginJti !== undefined) {
    if (user) ctx.store.mutate(() => user.revokedOriginJtis.push(grant.redeemedOriginJti!));
    throw invalidGrant('The code was already used.');
  }
  if (grant.expiresAt <= ctx.clock.now()) throw invalidGrant('The code has expired.');
  if (grant.redirectUri !== redirectUri) throw invalidGrant('redirect_uri differs from the authorization request.');
  if (grant.codeChallenge !== undefined) {
    const verifier = form.get('code_verifier');
    if (!verifier) throw new OAuthError({ error: 'invalid_request', description: 'code_verifier is required.' });
    if (!verifyPkce({ verifier, challenge: grant.codeChallenge })) throw invalidGrant('code_verifier does not match.');
  }
  if (!user?.enabled) throw invalidGrant('The user cannot sign in.');
  const originJti = randomUuid(ctx.random);
  const tokens = ctx.store.mutate((state) => {
    markAuthorizationCodeRedeemed(state, code, originJti);
    return ctx.tokens.issueTokens({ pool, client, user, authTime: grant.authTime, originJti });
  });
  return {
    id_token: tokens.IdToken,
    access_token: tokens.AccessToken,
    refresh_token: tokens.RefreshToken,
    expires_in: tokens.ExpiresIn,
    token_type: 'Bearer',
  };
}
