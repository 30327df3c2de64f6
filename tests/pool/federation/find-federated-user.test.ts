import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFederatedUser } from '../../../pool/federation/find-federated-user';
import { type RunningPool, startPool } from '../../../pool/start-pool';
import type { IdentityProviderRecord, UserPool } from '../../../pool/state/types';
import { poolId } from '../hosted-ui/hosted-ui-pool';
import { federationSeed } from './federation-pool';

let running: RunningPool;
let pool: UserPool;
let provider: IdentityProviderRecord;

beforeAll(async () => {
  running = await startPool({ seed: federationSeed() });
  pool = running.store.state.pools[poolId]!;
  provider = pool.identityProviders!.ExampleCorp!;
});
afterAll(() => running.stop());

describe('findFederatedUser', () => {
  it('makes <ProviderName>_<sub> with only the mapped claims and an identities attribute naming the provider', () => {
    const user = findFederatedUser(running.context(), {
      pool,
      provider,
      claims: { sub: 'abc123', email: 'kim@example.com', email_verified: true, locale: 'de', name: undefined },
    });
    expect(user.Username).toBe('ExampleCorp_abc123');
    expect(user.status).toBe('EXTERNAL_PROVIDER');
    expect(user.attributes).toMatchObject({ email: 'kim@example.com', email_verified: 'true' });
    expect(user.attributes).not.toHaveProperty('locale');
    expect(user.attributes).not.toHaveProperty('name');
    expect(JSON.parse(user.attributes.identities!)).toEqual([
      {
        userId: 'abc123',
        providerName: 'ExampleCorp',
        providerType: 'OIDC',
        issuer: null,
        primary: true,
        dateCreated: expect.any(Number),
      },
    ]);
  });

  it('finds the same user again, writing the mapped attributes anew and keeping its sub and identities', () => {
    const first = pool.users.ExampleCorp_abc123!;
    const { sub, identities } = first.attributes;
    const again = findFederatedUser(running.context(), {
      pool,
      provider,
      claims: { sub: 'abc123', email: 'kim@corp.example', email_verified: false, name: 'Kim' },
    });
    expect(again).toBe(first);
    expect(again.attributes).toMatchObject({ email: 'kim@corp.example', email_verified: 'false', name: 'Kim', sub });
    expect(again.attributes.identities).toBe(identities);
  });

  it('never lets a mapping overwrite sub or identities', () => {
    const sneaky = { ...provider, AttributeMapping: { sub: 'email', identities: 'email', email: 'email' } };
    const user = findFederatedUser(running.context(), {
      pool,
      provider: sneaky,
      claims: { sub: 'def456', email: 'lou@example.com' },
    });
    expect(user.attributes.sub).toBe(user.sub);
    expect(user.attributes.sub).not.toBe('lou@example.com');
    expect(JSON.parse(user.attributes.identities!)[0].userId).toBe('def456');
  });
});
