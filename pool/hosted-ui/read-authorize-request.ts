import { readRequestedProvider } from '../federation/read-requested-provider';
import type { PoolStore } from '../state/pool-store';
import type { AppClient, IdentityProviderRecord, UserPool } from '../state/types';
import { OAuthError } from './oauth-error';

/** A checked `/oauth2/authorize` (or `/login`) request. */
export interface AuthorizeRequest {
  pool: UserPool;
  client: AppClient;
  redirectUri: string;
  state?: string;
  scopes: string[];
  codeChallenge?: string;
  nonce?: string;
  /** The identity provider to sign in with (`identity_provider` / `idp_identifier`); absent: the pool's own page. */
  identityProvider?: IdentityProviderRecord;
}

/**
 * Checks the authorization request as Cognito's authorize endpoint does
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html): a known client_id and a
 * redirect_uri that is exactly one of the client's CallbackURLs (otherwise an error page: RFC 6749 §4.1.2.1 forbids
 * redirecting); then, with errors sent back to the redirect_uri: response_type `code` among the client's
 * AllowedOAuthFlows, scopes within AllowedOAuthScopes (all of them when none are asked), an identity provider of the
 * pool that the client supports (pool/federation/read-requested-provider.ts), and PKCE with method S256 only (RFC 7636 §4.3; Cognito supports no `plain`).
 */
export function readAuthorizeRequest(store: PoolStore, params: URLSearchParams): AuthorizeRequest {
  const clientId = params.get('client_id') ?? '';
  let found: { pool: UserPool; client: AppClient };
  try {
    found = store.findClient(clientId);
  } catch {
    throw new OAuthError({ error: 'invalid_request', description: 'Invalid client_id.' });
  }
  const { pool, client } = found;
  const redirectUri = params.get('redirect_uri') ?? '';
  if (!client.CallbackURLs.includes(redirectUri)) {
    throw new OAuthError({
      error: 'redirect_mismatch',
      description: 'redirect_uri is not a callback URL of the client.',
    });
  }
  const redirectError = (error: string, description: string) => new OAuthError({ error, description, redirect: true });
  const responseType = params.get('response_type');
  if (responseType !== 'code')
    throw redirectError('unsupported_response_type', 'Only response_type=code is supported.');
  if (!client.AllowedOAuthFlowsUserPoolClient || !client.AllowedOAuthFlows.includes('code')) {
    throw redirectError('unauthorized_client', 'The client may not use the authorization code grant.');
  }
  const asked = (params.get('scope') ?? '').split(' ').filter((scope) => scope !== '');
  if (asked.some((scope) => !client.AllowedOAuthScopes.includes(scope))) {
    throw redirectError('invalid_scope', 'A requested scope is not allowed for the client.');
  }
  const identityProvider = readRequestedProvider(pool, client, params);
  const codeChallenge = params.get('code_challenge') ?? undefined;
  const method = params.get('code_challenge_method');
  if (codeChallenge !== undefined && method !== 'S256') {
    throw redirectError('invalid_request', 'code_challenge_method must be S256.');
  }
  if (codeChallenge !== undefined && !/^[A-Za-z0-9_-]{43}$/.test(codeChallenge)) {
    throw redirectError('invalid_request', 'code_challenge must be a base64url SHA-256 digest.');
  }
  return {
    pool,
    client,
    redirectUri,
    scopes: asked.length > 0 ? asked : [...client.AllowedOAuthScopes],
    ...optional('state', params.get('state')),
    ...optional('codeChallenge', codeChallenge ?? null),
    ...optional('nonce', params.get('nonce')),
    ...(identityProvider ? { identityProvider } : {}),
  };
}

function optional<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
  return value === null || value === '' ? {} : ({ [key]: value } as Record<K, string>);
}
