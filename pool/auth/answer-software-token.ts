import { CognitoError } from '../errors/cognito-error';
import type { PoolUser } from '../state/types';
import { decodeBase32 } from './base32';
import { completeSignIn } from './complete-sign-in';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';
import { verifyTotp } from './verify-totp';

/**
 * Checks a TOTP code for `user`'s `secret` (base32) at the pool clock, remembering the accepted time step so the
 * same code is refused later. Wrong → `CodeMismatchException` "Invalid code received for user"; replayed →
 * `ExpiredCodeException` "Your software token has already been used once." (docs/assumed-aws-behaviours.md).
 */
export function checkUserTotp(ctx: Ctx, user: PoolUser, options: { secret: string; code: string | undefined }): void {
  const result = verifyTotp({
    secret: decodeBase32(options.secret),
    code: options.code ?? '',
    nowMs: ctx.clock.now(),
    ...(user.mfa.lastTotpStep !== undefined ? { lastStep: user.mfa.lastTotpStep } : {}),
  });
  if (!result.ok && result.reason === 'reused') {
    throw new CognitoError('ExpiredCodeException', 'Your software token has already been used once.');
  }
  if (!result.ok) throw new CognitoError('CodeMismatchException', 'Invalid code received for user');
  user.mfa.lastTotpStep = result.step;
  ctx.store.changed();
}

/** Answers SOFTWARE_TOKEN_MFA (`SOFTWARE_TOKEN_MFA_CODE`) and completes the sign-in. */
export function answerSoftwareToken(
  ctx: Ctx,
  target: SignInTarget,
  options: { flow: FlowState; responses: Record<string, string> },
): AuthResponse {
  const secret = target.user.mfa.totpSecret;
  if (!secret)
    throw new CognitoError('SoftwareTokenMFANotFoundException', 'Software Token MFA has not been enabled by the user.');
  checkUserTotp(ctx, target.user, { secret, code: options.responses.SOFTWARE_TOKEN_MFA_CODE });
  return completeSignIn(ctx, target, {
    ...options.flow,
    deviceKey: options.responses.DEVICE_KEY ?? options.flow.deviceKey,
  });
}
