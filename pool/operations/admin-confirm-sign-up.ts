import { CognitoError } from '../errors/cognito-error';
import type { Operation } from './operation-context';
import { readString } from './read-input';

/** AdminConfirmSignUp: UNCONFIRMED → CONFIRMED without a code. Other statuses are refused as Cognito does. */
export const adminConfirmSignUp: Operation = (input, ctx) => {
  const pool = ctx.store.getPool(readString(input, 'UserPoolId'));
  const user = ctx.store.requireUser(pool, readString(input, 'Username', { maxLength: 128 }));
  if (user.status !== 'UNCONFIRMED') {
    throw new CognitoError('NotAuthorizedException', `User cannot be confirmed. Current status is ${user.status}`);
  }
  ctx.store.mutate(() => {
    user.status = 'CONFIRMED';
    delete user.codes.SIGN_UP;
    user.updatedAt = ctx.clock.now();
  });
  return {};
};
