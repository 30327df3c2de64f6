import { CognitoError } from '../errors/cognito-error';
import { continueSignIn } from './continue-sign-in';
import { startCustomChallenge } from './custom-auth-triggers';
import { assertNotLockedOut, recordPasswordFailure, recordPasswordSuccess } from './password-lockout';
import { requireUserCanSignIn } from './resolve-sign-in-target';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';

/**
 * Runs a password check under the lockout rules: refuses during a lockout, counts a failure (throwing
 * "Incorrect username or password."), clears the count on success.
 */
export async function checkPasswordWithLockout(ctx: Ctx, target: SignInTarget, check: () => Promise<boolean>) {
  const { user } = target;
  assertNotLockedOut(user, ctx.clock.now());
  // Counted as a failure until proven right, so guesses sent in parallel cannot slip past the lockout.
  const failure = recordPasswordFailure(user, ctx.clock.now());
  ctx.store.changed();
  if (!(await check())) throw failure;
  recordPasswordSuccess(user);
}

/**
 * What follows a proven password: status checks (unconfirmed, reset required, expired temporary password), then the
 * custom challenge (CUSTOM_AUTH with SRP first) or the NEW_PASSWORD_REQUIRED / device / MFA steps.
 */
export function afterPassword(ctx: Ctx, target: SignInTarget, flow: FlowState): AuthResponse {
  const { user } = target;
  requireUserCanSignIn(user);
  const expiresAt = user.password?.temporaryExpiresAt;
  if (user.status === 'FORCE_CHANGE_PASSWORD' && expiresAt !== undefined && ctx.clock.now() > expiresAt) {
    throw new CognitoError(
      'NotAuthorizedException',
      'Temporary password has expired and must be reset by an administrator.',
    );
  }
  const { srp: _srp, ...rest } = flow;
  if (flow.authFlow === 'CUSTOM_AUTH') return startCustomChallenge(ctx, target, { ...rest, custom: true });
  return continueSignIn(ctx, target, rest);
}
