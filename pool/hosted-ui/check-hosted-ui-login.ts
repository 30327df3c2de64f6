import { assertNotLockedOut, recordPasswordFailure, recordPasswordSuccess } from '../auth/password-lockout';
import { requireUserCanSignIn, unknownUserError } from '../auth/resolve-sign-in-target';
import { checkPassword } from '../auth-support/check-password';
import { isCognitoError } from '../errors/cognito-error';
import type { OperationContext } from '../operations/operation-context';
import type { AppClient, PoolUser, UserPool } from '../state/types';

/** The outcome of a sign-in form post: the user, or the message the page shows (Cognito's wording). */
export type HostedUiLogin = { user: PoolUser } | { error: string };

/**
 * Verifies the sign-in form as the password flows do: unknown user (masked when the client prevents existence
 * errors), lockout after repeated failures, wrong password, then the user's state (disabled, unconfirmed, reset
 * required). Steps the local classic UI does not render — a temporary password to change, MFA — are refused with a
 * message saying so (docs/assumed-aws-behaviours.md, "Hosted UI").
 */
export async function checkHostedUiLogin(
  ctx: OperationContext,
  options: { pool: UserPool; client: AppClient; username: string; password: string },
): Promise<HostedUiLogin> {
  const { pool, client } = options;
  const user = options.username === '' ? undefined : ctx.store.findUser(pool, options.username);
  if (!user) return { error: unknownUserError(client).message };
  const now = ctx.clock.now();
  try {
    assertNotLockedOut(user, now);
    if (!(await checkPassword(user, options.password))) {
      const error = ctx.store.mutate(() => recordPasswordFailure(user, now));
      return { error: error.message };
    }
    ctx.store.mutate(() => recordPasswordSuccess(user));
    requireUserCanSignIn(user);
  } catch (error) {
    if (isCognitoError(error)) return { error: error.message };
    throw error;
  }
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    return {
      error: 'This user must set a new password; the local hosted UI cannot do that (use NEW_PASSWORD_REQUIRED).',
    };
  }
  const mfa = user.mfa;
  if (pool.config.MfaConfiguration === 'ON' || mfa.totpEnabled || mfa.smsEnabled || mfa.emailEnabled) {
    return { error: 'This user needs MFA, which the local hosted UI does not offer (sign in through the API).' };
  }
  return { user };
}
