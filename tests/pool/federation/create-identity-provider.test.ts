import { describe, expect, it } from 'vitest';
import { createIdentityProvider } from '../../../pool/federation/create-identity-provider';
import type { UserPool } from '../../../pool/state/types';

const ctx = { clock: { now: () => 1_700_000_000_000 } } as Parameters<typeof createIdentityProvider>[0];

function emptyPool(): UserPool {
  return { Id: 'us-east-1_Idp000001' } as UserPool;
}

describe('createIdentityProvider', () => {
  it('adds a provider with its details, mapping and identifiers', () => {
    const pool = emptyPool();
    const provider = createIdentityProvider(ctx, pool, {
      ProviderName: 'ExampleCorp',
      ProviderType: 'OIDC',
      ProviderDetails: { client_id: 'corp' },
      AttributeMapping: { email: 'email' },
      IdpIdentifiers: ['example.com'],
    });
    expect(pool.identityProviders?.ExampleCorp).toBe(provider);
    expect(provider).toMatchObject({
      ProviderType: 'OIDC',
      ProviderDetails: { client_id: 'corp' },
      AttributeMapping: { email: 'email' },
      IdpIdentifiers: ['example.com'],
      CreationDate: 1_700_000_000_000,
    });
  });

  it('refuses COGNITO as a name, a social provider named otherwise than its type, an unknown type and a second provider of a name', () => {
    const pool = emptyPool();
    createIdentityProvider(ctx, pool, { ProviderName: 'Google', ProviderType: 'Google' });
    const cases: [Record<string, unknown>, string][] = [
      [{ ProviderName: 'COGNITO', ProviderType: 'OIDC' }, 'InvalidParameterException'],
      [{ ProviderName: 'MyGoogle', ProviderType: 'Google' }, 'InvalidParameterException'],
      [{ ProviderName: 'Corp', ProviderType: 'Kerberos' }, 'InvalidParameterException'],
      [{ ProviderName: 'Google', ProviderType: 'Google' }, 'DuplicateProviderException'],
    ];
    for (const [input, name] of cases) {
      expect(() => createIdentityProvider(ctx, pool, input)).toThrow(expect.objectContaining({ type: name }));
    }
    expect(Object.keys(pool.identityProviders ?? {})).toEqual(['Google']);
  });
});
