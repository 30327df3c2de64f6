import type { IdentityProviderRecord } from '../state/types';

/** Where the stand-in provider's sign-in page lives on the pool's server. */
export const standInAuthorizePath = '/stand-in-idp/authorize';

/** The pool's redirect URI at every identity provider (Cognito's `https://<domain>/oauth2/idpresponse`). */
export function idpResponseUrl(poolOrigin: string): string {
  return `${poolOrigin}/oauth2/idpresponse`;
}

/**
 * The provider's authorize request the pool sends the person to: an OIDC authorization-code request with the
 * provider's client_id and authorize_scopes (ProviderDetails), the pool's idpresponse as redirect_uri and the
 * pool's own `state`. Every provider of the local pool is answered by the stand-in page on the pool's origin.
 */
export function providerAuthorizeUrl(options: {
  poolOrigin: string;
  provider: IdentityProviderRecord;
  state: string;
}): string {
  const { provider } = options;
  const params = new URLSearchParams({
    provider: provider.ProviderName,
    client_id: providerClientId(provider),
    redirect_uri: idpResponseUrl(options.poolOrigin),
    response_type: 'code',
    scope: provider.ProviderDetails.authorize_scopes ?? 'openid email profile',
    state: options.state,
  });
  return `${options.poolOrigin}${standInAuthorizePath}?${params.toString()}`;
}

/** The pool's client id at the provider (ProviderDetails.client_id). */
export function providerClientId(provider: IdentityProviderRecord): string {
  return provider.ProviderDetails.client_id ?? 'local-user-pool';
}
