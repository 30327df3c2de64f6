import { CognitoError } from '../errors/cognito-error';
import type { OperationContext } from '../operations/operation-context';
import { readString } from '../operations/read-input';
import { createSigningKey } from '../tokens/create-signing-key';
import { randomString } from './random-string';
import { readPoolConfig } from './read-pool-config';
import type { UserPool } from './types';

/** The account id in ARNs the local pool makes up. */
const LOCAL_ACCOUNT_ID = '000000000000';

/**
 * A new pool record from a CreateUserPool input, added to the store. The id is `<region>_<9 alphanumerics>`
 * (region from the signed request, else us-east-1) unless `id` is given (seeds use fixed ids).
 */
export async function createUserPool(
  ctx: Pick<OperationContext, 'store' | 'clock' | 'random' | 'region'>,
  input: Record<string, unknown>,
  options: { id?: string } = {},
): Promise<UserPool> {
  const name = readString(input, 'PoolName', { maxLength: 128 });
  const config = readPoolConfig(input);
  const region = options.id ? options.id.slice(0, options.id.indexOf('_')) : (ctx.region ?? 'us-east-1');
  const id = options.id ?? `${region}_${randomString(ctx.random, { length: 9, alphabet: 'mixed' })}`;
  if (!/^[\w-]+_[0-9a-zA-Z]+$/.test(id)) {
    throw new CognitoError('InvalidParameterException', `Invalid user pool id ${id}.`);
  }
  const signingKey = await createSigningKey(ctx.random);
  if (Object.hasOwn(ctx.store.state.pools, id)) {
    throw new CognitoError('InvalidParameterException', `User pool ${id} already exists.`);
  }
  const now = ctx.clock.now();
  const pool: UserPool = {
    Id: id,
    Name: name,
    Arn: `arn:aws:cognito-idp:${region}:${LOCAL_ACCOUNT_ID}:userpool/${id}`,
    config,
    signingKey,
    clients: {},
    users: {},
    refreshTokens: {},
    CreationDate: now,
    LastModifiedDate: now,
  };
  ctx.store.mutate((state) => {
    state.pools[id] = pool;
  });
  return pool;
}
