import { checkPassword } from '../auth-support/check-password';
import { CognitoError } from '../errors/cognito-error';
import { afterPassword, checkPasswordWithLockout } from './after-password';
import { issueChallenge } from './issue-challenge';
import { sendSignInCode } from './send-sign-in-code';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';
import { startPasswordVerifier } from './start-password-verifier';
import { startWebAuthnChallenge, verifyWebAuthnAnswer } from './webauthn-seam';

/**
 * Starts (or, for PASSWORD, proves) one USER_AUTH first factor, from InitiateAuth's PREFERRED_CHALLENGE or a
 * SELECT_CHALLENGE answer (docs/cognito-api.md §2.6/§2.7): PASSWORD with `PASSWORD`, PASSWORD_SRP with `SRP_A`,
 * EMAIL_OTP / SMS_OTP (a code to the outbox), WEB_AUTHN (options, or a `CREDENTIAL` given straight away).
 */
export async function startFirstFactor(
  ctx: Ctx,
  target: SignInTarget,
  options: { factor: string; parameters: Record<string, string>; flow: FlowState },
): Promise<AuthResponse> {
  const { user } = target;
  const flow: FlowState = { ...options.flow, firstFactor: options.factor as FlowState['firstFactor'] };
  const base = { ...target, username: user.Username };
  switch (options.factor) {
    case 'PASSWORD': {
      const password = options.parameters.PASSWORD;
      if (!password) throw new CognitoError('InvalidParameterException', 'Missing required parameter PASSWORD');
      await checkPasswordWithLockout(ctx, target, () => checkPassword(user, password));
      return afterPassword(ctx, target, flow);
    }
    case 'PASSWORD_SRP':
      return startPasswordVerifier(ctx, base, { srpA: options.parameters.SRP_A, flow });
    case 'EMAIL_OTP':
    case 'SMS_OTP': {
      const email = options.factor === 'EMAIL_OTP';
      const delivery = sendSignInCode(ctx, target, {
        purpose: options.factor,
        channel: email ? 'EMAIL' : 'SMS',
        destination: (email ? user.attributes.email : user.attributes.phone_number) ?? '',
      });
      return issueChallenge(ctx, base, {
        challengeName: options.factor,
        flow: { ...flow, codePurpose: options.factor },
        parameters: { ...delivery, USERNAME: user.Username },
      });
    }
    case 'WEB_AUTHN': {
      if (options.parameters.CREDENTIAL) {
        // The assertion needs a challenge this pool issued, so a CREDENTIAL given up front is refused by the seam.
        await verifyWebAuthnAnswer(ctx, target, { credential: options.parameters.CREDENTIAL, flow });
        return afterPassword(ctx, target, flow);
      }
      const requestOptions = startWebAuthnChallenge(ctx, target);
      return issueChallenge(ctx, base, {
        challengeName: 'WEB_AUTHN',
        flow: { ...flow, webAuthnChallenge: requestOptions.challenge },
        parameters: { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(requestOptions), USERNAME: user.Username },
      });
    }
    default:
      throw new CognitoError(
        'InvalidParameterException',
        `The challenge ${options.factor.slice(0, 32)} is not available.`,
      );
  }
}
