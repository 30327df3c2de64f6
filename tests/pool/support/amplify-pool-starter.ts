import { signOut } from 'aws-amplify/auth';
import { afterAll, afterEach } from 'vitest';
import { configureAmplify } from './configure-amplify';
import { startTestPool, type TestPool } from './test-pool';

/**
 * For test files that drive Amplify v6 (one global configuration): `poolFor` starts a pool and points Amplify at
 * it; Amplify is signed out after each test and every pool stopped after the file.
 */
export function amplifyPoolStarter(): (options: Parameters<typeof startTestPool>[0]) => Promise<TestPool> {
  const pools: TestPool[] = [];
  afterEach(async () => {
    await signOut();
  });
  afterAll(async () => {
    for (const pool of pools) await pool.stop();
  });
  return async (options) => {
    const pool = await startTestPool(options);
    pools.push(pool);
    configureAmplify(pool);
    return pool;
  };
}
