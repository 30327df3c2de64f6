import { CognitoError } from '../errors/cognito-error';
import type { Operation, OperationContext } from '../operations/operation-context';

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

/**
 * Runs the operation named by `X-Amz-Target` on a JSON body. Unknown target → `UnknownOperationException`;
 * unparsable or non-object JSON → `SerializationException` (AWS JSON 1.1 protocol errors).
 */
export async function dispatchOperation(
  options: { target: string | undefined; body: string; operations: Record<string, Operation> },
  ctx: OperationContext,
): Promise<object> {
  const { target, operations } = options;
  const name = target?.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : undefined;
  const operation = name !== undefined && Object.hasOwn(operations, name) ? operations[name] : undefined;
  if (!operation) throw new CognitoError('UnknownOperationException', `Unknown operation: ${target ?? '(none)'}`);
  let input: unknown;
  try {
    input = options.body.trim() === '' ? {} : JSON.parse(options.body);
  } catch {
    throw new CognitoError('SerializationException', 'The request body is not valid JSON.');
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new CognitoError('SerializationException', 'The request body must be a JSON object.');
  }
  return await operation(input as Record<string, unknown>, ctx);
}
