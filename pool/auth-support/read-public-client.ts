import type { OperationContext } from '../operations/operation-context';
import { readString } from '../operations/read-input';
import type { AppClient, UserPool } from '../state/types';

/** The `ClientId` of an unauthenticated operation and the pool it belongs to. */
export function readPublicClient(
  ctx: Pick<OperationContext, 'store'>,
  input: Record<string, unknown>,
): { pool: UserPool; client: AppClient } {
  return ctx.store.findClient(readString(input, 'ClientId', { maxLength: 128 }));
}
