import { createAuthClient } from '../../../core/auth/index';
import { createFakeCognito } from './fake-cognito';
import { createMemoryStorage } from './memory-storage';

/** A createAuthClient wired to a scripted Cognito, an in-memory storage and a clock the test moves. */
export function createFakeClient(
  script: Parameters<typeof createFakeCognito>[0],
  options: { clientSecret?: string } = {},
) {
  const cognito = createFakeCognito(script);
  const storage = createMemoryStorage();
  const clock = { now: Date.UTC(2026, 10, 26, 12, 0, 0) };
  const make = () =>
    createAuthClient({
      userPoolId: 'us-east-1_Pool1',
      userPoolClientId: 'client1',
      userPoolEndpoint: 'http://pool.invalid/',
      storage,
      fetch: cognito.fetch,
      clock: () => clock.now,
      ...options,
    });
  return { auth: make(), another: make, cognito, storage, clock };
}
