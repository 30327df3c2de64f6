import { identityProviderParam, type RedirectProvider } from './identity-provider-param';
import { oauthDomainUrl } from './oauth-domain-url';

/**
 * The hosted UI's authorization URL with Amplify's parameter order (docs/cognito-api.md §8.1): redirect_uri,
 * response_type, client_id, identity_provider (or idp_identifier), scope, state, code_challenge, code_challenge_method.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
 */
export function buildAuthorizeUrl(options: {
  domain: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string;
  codeChallenge: string;
  provider?: RedirectProvider;
}): string {
  const idp = identityProviderParam(options.provider);
  const params = new URLSearchParams({
    redirect_uri: options.redirectUri,
    response_type: 'code',
    client_id: options.clientId,
    [idp.name]: idp.value,
  });
  if (options.scopes.length > 0) params.set('scope', options.scopes.join(' '));
  params.set('state', options.state);
  params.set('code_challenge', options.codeChallenge);
  params.set('code_challenge_method', 'S256');
  return `${oauthDomainUrl(options.domain)}/oauth2/authorize?${params.toString()}`;
}
