import { CognitoError } from '../errors/cognito-error';
import type { MfaKind } from '../state/types';
import { completeSignIn } from './complete-sign-in';
import { userMfaKinds } from './mfa-kinds';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';
import { issueMfaChallenge } from './start-mfa';

/** Answers SELECT_MFA_TYPE: `ANSWER` must be one of the kinds offered in `MFAS_CAN_CHOOSE`. */
export function answerSelectMfaType(
  ctx: Ctx,
  target: SignInTarget,
  options: { flow: FlowState; responses: Record<string, string> },
): AuthResponse {
  const answer = options.responses.ANSWER as MfaKind | undefined;
  if (!answer || !userMfaKinds(target.pool, target.user).includes(answer)) {
    throw new CognitoError('InvalidParameterException', 'ANSWER must be one of the MFA types in MFAS_CAN_CHOOSE.');
  }
  return issueMfaChallenge(ctx, target, { flow: options.flow, kind: answer });
}

/**
 * Answers MFA_SETUP: after a TOTP was associated and verified through the Session (VerifySoftwareToken), the
 * sign-in completes; with `EMAIL` (and email MFA allowed) a code goes to that address as an EMAIL_OTP challenge,
 * whose right answer turns email MFA on (docs/cognito-api.md §14).
 */
export function answerMfaSetup(
  ctx: Ctx,
  target: SignInTarget,
  options: { flow: FlowState; responses: Record<string, string> },
): AuthResponse {
  const { flow, responses } = options;
  if (flow.setupVerified) {
    const { setupSecret: _secret, setupVerified: _verified, ...rest } = flow;
    return completeSignIn(ctx, target, rest);
  }
  const email = responses.EMAIL;
  if (email && target.pool.config.EmailMfaEnabled) {
    if (!/^[^@\s]+@[^@\s]+$/.test(email))
      throw new CognitoError('InvalidParameterException', 'Invalid email address format.');
    return issueMfaChallenge(ctx, target, { flow: { ...flow, setupEmail: email }, kind: 'EMAIL_OTP', emailTo: email });
  }
  throw new CognitoError(
    'InvalidParameterException',
    'MFA setup is not complete: verify a software token with this Session, or answer with EMAIL.',
  );
}
