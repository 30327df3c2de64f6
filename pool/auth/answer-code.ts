import { redeemCode } from '../codes/redeem-code';
import { CognitoError, isCognitoError } from '../errors/cognito-error';
import { completeSignIn } from './complete-sign-in';
import { continueSignIn } from './continue-sign-in';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';

/** The ChallengeResponses member each code challenge carries (docs/cognito-api.md §2.7). */
const codeFields: Record<string, string> = {
  SMS_MFA: 'SMS_MFA_CODE',
  EMAIL_OTP: 'EMAIL_OTP_CODE',
  SMS_OTP: 'SMS_OTP_CODE',
};

/**
 * Checks the code of an SMS_MFA, EMAIL_OTP (first factor, email MFA or email MFA setup) or SMS_OTP answer. A wrong
 * code is `CodeMismatchException` "Invalid code or auth state for the user." and leaves the Session usable for a
 * retry. A right code either finishes the first factor or, as MFA, completes the sign-in.
 */
export function answerCode(
  ctx: Ctx,
  target: SignInTarget,
  options: { challengeName: string; flow: FlowState; responses: Record<string, string> },
): AuthResponse {
  const { user } = target;
  const field = codeFields[options.challengeName]!;
  const code = options.responses[field];
  if (!code) throw new CognitoError('InvalidParameterException', `Missing required parameter ${field}`);
  const purpose = options.flow.codePurpose;
  if (!purpose) throw new CognitoError('NotAuthorizedException', 'Invalid session for the user.');
  try {
    redeemCode(ctx, { user, purpose, code });
  } catch (error) {
    ctx.store.changed();
    if (isCognitoError(error, 'CodeMismatchException')) {
      throw new CognitoError('CodeMismatchException', 'Invalid code or auth state for the user.');
    }
    throw error;
  }
  const flow: FlowState = { ...options.flow, deviceKey: options.responses.DEVICE_KEY ?? options.flow.deviceKey };
  delete flow.codePurpose;
  if (flow.setupEmail) {
    user.attributes.email = flow.setupEmail;
    user.attributes.email_verified = 'true';
    user.mfa.emailEnabled = true;
    user.mfa.preferred ??= 'EMAIL_OTP';
  }
  if (purpose === 'EMAIL_OTP' || purpose === 'SMS_OTP') return continueSignIn(ctx, target, flow);
  return completeSignIn(ctx, target, flow);
}
