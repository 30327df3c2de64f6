import { createAuthClient } from '../../../core/auth/index';
import type { TestPool } from '../../pool/support/test-pool';
import { createMemoryStorage } from './memory-storage';

/**
 * An engine client for a local test pool, with its own in-memory storage and a clock the test moves (separately
 * from the pool's). `another()` makes a fresh client on the same storage, as a restarted worker would.
 */
export function createPoolAuthClient(
  pool: TestPool,
  options: { clientSecret?: string; passkeys?: Parameters<typeof createAuthClient>[0]['passkeys'] } = {},
) {
  const storage = createMemoryStorage();
  const clock = { offset: 0, now: () => Date.now() + clock.offset };
  const another = () =>
    createAuthClient({
      userPoolId: pool.poolId,
      userPoolClientId: pool.clientId,
      userPoolEndpoint: pool.url,
      storage,
      clock: () => clock.now(),
      ...options,
    });
  return { auth: another(), another, storage, clock };
}
