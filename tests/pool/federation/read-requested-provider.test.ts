import { describe, expect, it } from 'vitest';
import { readRequestedProvider } from '../../../pool/federation/read-requested-provider';
import type { AppClient, IdentityProviderRecord, UserPool } from '../../../pool/state/types';

const corp = {
  ProviderName: 'ExampleCorp',
  ProviderType: 'OIDC',
  IdpIdentifiers: ['example.com'],
} as IdentityProviderRecord;
const pool = { identityProviders: { ExampleCorp: corp } } as unknown as UserPool;

function client(providers: string[]): AppClient {
  return { SupportedIdentityProviders: providers } as AppClient;
}

function read(query: string, providers = ['COGNITO', 'ExampleCorp']) {
  return readRequestedProvider(pool, client(providers), new URLSearchParams(query));
}

describe('readRequestedProvider', () => {
  it('means the pool’s own page with no provider or COGNITO, and the provider named or found by identifier', () => {
    expect(read('')).toBeUndefined();
    expect(read('identity_provider=COGNITO')).toBeUndefined();
    expect(read('identity_provider=ExampleCorp')).toBe(corp);
    expect(read('idp_identifier=example.com')).toBe(corp);
  });

  it('refuses, back to the app as invalid_request, COGNITO or a provider the client does not offer, and one the pool lacks', () => {
    const refusals: [string, string[], string][] = [
      ['identity_provider=COGNITO', ['ExampleCorp'], 'COGNITO is not enabled for the app client.'],
      [
        'identity_provider=ExampleCorp',
        ['COGNITO'],
        'The identity provider ExampleCorp is not enabled for the app client.',
      ],
      [
        'identity_provider=Google',
        ['COGNITO', 'Google'],
        'The identity provider Google is not configured for the user pool.',
      ],
      [
        'idp_identifier=other.example',
        ['COGNITO'],
        'The identity provider other.example is not configured for the user pool.',
      ],
    ];
    for (const [query, providers, message] of refusals) {
      expect(() => read(query, providers)).toThrow(
        expect.objectContaining({ error: 'invalid_request', redirect: true, message }),
      );
    }
  });
});
