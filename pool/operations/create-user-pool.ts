import { createUserPool as createUserPoolRecord } from '../state/create-user-pool';
import { describePoolOutput } from './describe-pool-output';
import type { Operation } from './operation-context';

/** CreateUserPool: a new pool with its own signing key; answers `{UserPool}` as DescribeUserPool does. */
export const createUserPool: Operation = async (input, ctx) => {
  const pool = await createUserPoolRecord(ctx, input);
  return { UserPool: describePoolOutput(pool) };
};
