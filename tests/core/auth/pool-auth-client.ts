import { createAuthClient } from '../../../core/auth/index';
import type { TestPool } from '../../pool/support/test-pool';
import { createMemoryStorage } from './memory-storage';

type Options = Pick<Parameters<typeof createAuthClient>[0], 'clientSecret' | 'passkeys'>;

/**
 * An engine client for a local test pool, with its own in-memory storage and a clock the test moves (separately
 * from the pool's). `another()` makes a fresh client on the same storage, as a restarted worker would; `sent`
 * lists every request (operation and body) the clients made.
 */
export function createPoolAuthClient(pool: TestPool, options: Options = {}) {
  const storage = createMemoryStorage();
  const clock = { offset: 0, now: () => Date.now() + clock.offset };
  const sent: { operation: string; body: Record<string, unknown> }[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const operation = new Headers(init?.headers).get('x-amz-target')?.split('.').pop() ?? '';
    sent.push({ operation, body: JSON.parse(String(init?.body)) as Record<string, unknown> });
    return fetch(input, init);
  };
  const another = () =>
    createAuthClient({
      userPoolId: pool.poolId,
      userPoolClientId: pool.clientId,
      userPoolEndpoint: pool.url,
      storage,
      fetch: recordingFetch,
      clock: () => clock.now(),
      ...options,
    });
  return { auth: another(), another, storage, clock, sent };
}
