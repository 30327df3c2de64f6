import { readPoolConfig } from '../state/read-pool-config';
import type { Operation } from './operation-context';
import { readString } from './read-input';

/**
 * UpdateUserPool. As in Cognito, settings left out of the request go back to their defaults; the settings
 * fixed at creation (username attributes, aliases, case sensitivity, schema) and the MFA methods
 * (SetUserPoolMfaConfig) are kept.
 */
export const updateUserPool: Operation = (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  const config = readPoolConfig(input, pool.config);
  ctx.store.mutate(() => {
    pool.config = config;
    pool.LastModifiedDate = ctx.clock.now();
  });
  return {};
};
