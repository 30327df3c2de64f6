import { CognitoError } from '../errors/cognito-error';
import type { OperationContext } from '../operations/operation-context';
import { readOptionalBoolean, readOptionalString } from '../operations/read-input';
import { randomString } from './random-string';
import { readClientSettings } from './read-client-settings';
import type { AppClient, UserPool } from './types';

/**
 * A new app client from a CreateUserPoolClient input, added to `pool`. Ids are 26 lower-case alphanumerics and
 * generated secrets 51 (the lengths Cognito uses); seeds may fix both.
 */
export function createAppClient(
  ctx: Pick<OperationContext, 'store' | 'clock' | 'random'>,
  pool: UserPool,
  input: Record<string, unknown>,
  options: { clientId?: string; clientSecret?: string } = {},
): AppClient {
  const clientId = options.clientId ?? randomString(ctx.random, { length: 26 });
  if (Object.hasOwn(pool.clients, clientId)) {
    throw new CognitoError('InvalidParameterException', `User pool client ${clientId} already exists.`);
  }
  const generateSecret = readOptionalBoolean(input, 'GenerateSecret') ?? false;
  const secret = options.clientSecret ?? (generateSecret ? randomString(ctx.random, { length: 51 }) : undefined);
  const now = ctx.clock.now();
  const client: AppClient = {
    ...readClientSettings(input),
    ClientId: clientId,
    ClientName: readOptionalString(input, 'ClientName', { maxLength: 128 }) ?? requiredName(),
    UserPoolId: pool.Id,
    ...(secret ? { ClientSecret: secret } : {}),
    CreationDate: now,
    LastModifiedDate: now,
  };
  ctx.store.mutate(() => {
    pool.clients[clientId] = client;
  });
  return client;
}

function requiredName(): never {
  throw new CognitoError(
    'InvalidParameterException',
    "1 validation error detected: Value null at 'clientName' failed to satisfy constraint: Member must not be null",
  );
}
