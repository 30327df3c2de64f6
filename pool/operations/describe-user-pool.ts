import { describePoolOutput } from './describe-pool-output';
import type { Operation } from './operation-context';
import { readString } from './read-input';

/** DescribeUserPool → `{UserPool}`. */
export const describeUserPool: Operation = (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  return { UserPool: describePoolOutput(pool) };
};
