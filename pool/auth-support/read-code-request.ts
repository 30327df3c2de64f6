import { CognitoError } from '../errors/cognito-error';
import type { OperationContext } from '../operations/operation-context';
import { readOptionalString, readString } from '../operations/read-input';
import type { AppClient, PoolUser, UserPool } from '../state/types';
import { checkSecretHash } from './check-secret-hash';
import { readPublicClient } from './read-public-client';

/**
 * The shared opening of the unauthenticated code operations (SignUp confirmation, resend, forgot password and its
 * confirmation): the public app client, the `Username` with its SECRET_HASH, and the user. An unknown user is
 * UserNotFoundException "Username/client id combination not found." unless the client prevents user-existence
 * errors (PreventUserExistenceErrors ENABLED): then `user` is undefined and the operation answers as Cognito does
 * for a hidden user.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html
 */
export function readCodeRequest(
  ctx: Pick<OperationContext, 'store'>,
  input: Record<string, unknown>,
): { pool: UserPool; client: AppClient; username: string; user?: PoolUser } {
  const { pool, client } = readPublicClient(ctx, input);
  const username = readString(input, 'Username', { maxLength: 128 });
  checkSecretHash(client, { username, secretHash: readOptionalString(input, 'SecretHash') });
  const user = ctx.store.findUser(pool, username);
  if (!user && client.PreventUserExistenceErrors !== 'ENABLED') {
    throw new CognitoError('UserNotFoundException', 'Username/client id combination not found.');
  }
  return { pool, client, username, ...(user ? { user } : {}) };
}

/** What a confirmation with a code answers for a hidden (unknown) user: the same as a wrong code. */
export function hiddenUserCodeMismatch(): CognitoError {
  return new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.');
}
