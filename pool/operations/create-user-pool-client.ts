import { createAppClient } from '../state/create-app-client';
import { describeClientOutput } from './describe-client-output';
import type { Operation } from './operation-context';
import { readString } from './read-input';

/** CreateUserPoolClient: ExplicitAuthFlows, GenerateSecret, token validities… → `{UserPoolClient}`. */
export const createUserPoolClient: Operation = (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  readString(input, 'ClientName', { maxLength: 128 });
  const client = createAppClient(ctx, pool, input);
  return { UserPoolClient: describeClientOutput(client) };
};
