import { OAuthError } from '../hosted-ui/oauth-error';
import type { AppClient, IdentityProviderRecord, UserPool } from '../state/types';

/**
 * Which sign-in an authorize request asks for: the pool's own sign-in page (`undefined`: no provider, or
 * `identity_provider=COGNITO`) or one of the pool's identity providers, named by `identity_provider` or found by
 * one of its `idp_identifier`s. Cognito sends the person straight to that provider's sign-in page
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html). A provider the pool
 * does not have, or one the app client does not list in SupportedIdentityProviders, is refused with
 * `invalid_request`, sent back to the redirect_uri.
 */
export function readRequestedProvider(
  pool: UserPool,
  client: AppClient,
  params: URLSearchParams,
): IdentityProviderRecord | undefined {
  const providers = Object.values(pool.identityProviders ?? {});
  const identifier = params.get('idp_identifier');
  const name =
    params.get('identity_provider') ??
    (identifier === null
      ? null
      : (providers.find((provider) => provider.IdpIdentifiers.includes(identifier))?.ProviderName ?? identifier));
  if (name === null) return undefined;
  if (name === 'COGNITO') {
    if (!client.SupportedIdentityProviders.includes('COGNITO'))
      throw refused('COGNITO is not enabled for the app client.');
    return undefined;
  }
  const provider = providers.find((candidate) => candidate.ProviderName === name);
  if (!provider) throw refused(`The identity provider ${name} is not configured for the user pool.`);
  if (!client.SupportedIdentityProviders.includes(name)) {
    throw refused(`The identity provider ${name} is not enabled for the app client.`);
  }
  return provider;
}

function refused(description: string): OAuthError {
  return new OAuthError({ error: 'invalid_request', description, redirect: true });
}
