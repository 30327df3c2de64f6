import { hiddenUserCodeMismatch, readCodeRequest } from '../auth-support/read-code-request';
import { issueSignUpSession } from '../auth-support/sign-up-session';
import { redeemCode } from '../codes/redeem-code';
import { CognitoError } from '../errors/cognito-error';
import { claimAliases } from '../state/claim-aliases';
import type { Operation } from './operation-context';
import { readOptionalBoolean, readString } from './read-input';

/**
 * ConfirmSignUp: checks the SIGN_UP code, confirms the user, marks the attribute the code went to as verified
 * and answers a `Session` that InitiateAuth USER_AUTH accepts once for auto sign-in (docs/cognito-api.md §6.1).
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmSignUp.html
 */
export const confirmSignUp: Operation = (input, ctx) => {
  const { pool, client, user } = readCodeRequest(ctx, input);
  const code = readString(input, 'ConfirmationCode', { maxLength: 2048 });
  if (!user) throw hiddenUserCodeMismatch();
  if (user.status !== 'UNCONFIRMED') {
    throw new CognitoError('NotAuthorizedException', `User cannot be confirmed. Current status is ${user.status}`);
  }
  const attribute = user.codes.SIGN_UP?.attribute;
  return ctx.store.mutate(() => {
    const pending = user.codes.SIGN_UP;
    redeemCode(ctx, { user, purpose: 'SIGN_UP', code });
    const before = { ...user.attributes };
    if (attribute) user.attributes[`${attribute}_verified`] = 'true';
    try {
      claimAliases(pool, user, { force: readOptionalBoolean(input, 'ForceAliasCreation') ?? false });
    } catch (error) {
      // AliasExistsException leaves the user as it was, code included, so a retry with ForceAliasCreation works.
      user.attributes = before;
      if (pending) user.codes.SIGN_UP = pending;
      throw error;
    }
    user.status = 'CONFIRMED';
    user.updatedAt = ctx.clock.now();
    return { Session: issueSignUpSession(ctx, { pool, client, user }) };
  });
};
