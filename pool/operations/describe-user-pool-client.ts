import { describeClientOutput } from './describe-client-output';
import type { Operation } from './operation-context';
import { readString } from './read-input';

/** DescribeUserPoolClient → `{UserPoolClient}` (with ClientSecret, as Cognito's admin API returns it). */
export const describeUserPoolClient: Operation = (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  const client = ctx.store.getClient(pool, readString(input, 'ClientId'));
  return { UserPoolClient: describeClientOutput(client) };
};
