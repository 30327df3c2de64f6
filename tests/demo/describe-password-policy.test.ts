import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describePasswordPolicy } from '../../demo/describe-password-policy';
import { readSeedFile } from '../../pool/seed/read-seed-file';
import { type RunningPool, startPool } from '../../pool/start-pool';

let pool: RunningPool;
beforeAll(async () => {
  pool = await startPool({ port: 0, seed: readSeedFile(resolve('pool/seed/demo.json')) });
});
afterAll(() => pool?.stop());

describe('describePasswordPolicy', () => {
  it("reads the demo pool's policy from DescribeUserPool in profiles.add's names", async () => {
    expect(await describePasswordPolicy({ userPoolEndpoint: pool.url, userPoolId: 'local_Sidekey01' })).toEqual({
      minimumLength: 8,
      requireLowercase: true,
      requireUppercase: true,
      requireNumbers: true,
      requireSymbols: false,
    });
  });

  it('says which pool it could not describe', async () => {
    await expect(describePasswordPolicy({ userPoolEndpoint: pool.url, userPoolId: 'local_Nope' })).rejects.toThrow(
      /local_Nope failed: ResourceNotFoundException/,
    );
  });
});
