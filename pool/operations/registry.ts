import { createUserPool } from './create-user-pool';
import { createUserPoolClient } from './create-user-pool-client';
import type { Operation } from './operation-context';

export type { Operation, OperationContext, TokenService } from './operation-context';

/**
 * X-Amz-Target operation name → implementation. A plain object literal sorted by name: each engineer adds
 * their own lines (`'AdminCreateUser': adminCreateUser`), one file per operation under pool/operations/.
 */
export const operations: Record<string, Operation> = {
  CreateUserPool: createUserPool,
  CreateUserPoolClient: createUserPoolClient,
};
