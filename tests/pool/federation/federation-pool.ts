import type { SeedFile } from '../../../pool/seed/seed-file';
import { hostedUiSeed } from '../hosted-ui/hosted-ui-pool';

/**
 * The hosted-UI test pool with two identity providers: ExampleCorp (OIDC, email and name mapped, identifier
 * `example.com`), which both clients offer, and Google, which the pool has but no client offers.
 */
export function federationSeed(): SeedFile {
  const seed = hostedUiSeed();
  const pool = seed.pools[0]!;
  const mapping = { email: 'email', email_verified: 'email_verified', name: 'name' };
  pool.IdentityProviders = [
    {
      ProviderName: 'ExampleCorp',
      ProviderType: 'OIDC',
      ProviderDetails: { client_id: 'corp-client', authorize_scopes: 'openid email' },
      AttributeMapping: mapping,
      IdpIdentifiers: ['example.com'],
    },
    { ProviderName: 'Google', ProviderType: 'Google', AttributeMapping: mapping },
  ];
  for (const client of pool.clients ?? []) client.SupportedIdentityProviders = ['COGNITO', 'ExampleCorp'];
  return seed;
}
