import type { PoolProfile } from '../../core/profiles/pool-profile';

/** A stored pool profile for view tests: the local pool unless overridden. */
export function poolProfile(overrides: Partial<PoolProfile> & { id: string }): PoolProfile {
  return {
    label: 'Local pool',
    userPoolId: 'us-east-1_Local1',
    userPoolClientId: 'client1',
    userPoolEndpoint: 'http://127.0.0.1:9229/',
    region: 'us-east-1',
    origins: ['http://localhost:5173'],
    createdAt: 0,
    ...overrides,
  };
}
