import { CognitoError } from '../errors/cognito-error';
import { afterPassword } from './after-password';
import { availableFirstFactors } from './available-first-factors';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';
import { startFirstFactor } from './start-first-factor';
import { verifyWebAuthnAnswer } from './webauthn-seam';

/**
 * Answers SELECT_CHALLENGE (or a WEB_AUTHN Session the client falls back from): `ANSWER` must be one of the
 * user's AvailableChallenges; PASSWORD comes with `PASSWORD`, PASSWORD_SRP with `SRP_A`, WEB_AUTHN optionally with a
 * `CREDENTIAL` for the Session's passkey challenge (docs/cognito-api.md §2.7).
 */
export async function answerSelectChallenge(
  ctx: Ctx,
  target: SignInTarget,
  options: { flow: FlowState; responses: Record<string, string> },
): Promise<AuthResponse> {
  const answer = options.responses.ANSWER;
  if (!answer) throw new CognitoError('InvalidParameterException', 'Missing required parameter ANSWER');
  if (!availableFirstFactors(target.pool, target.user).includes(answer)) {
    throw new CognitoError(
      'InvalidParameterException',
      `The challenge ${answer.slice(0, 32)} is not available for this user.`,
    );
  }
  const credential = options.responses.CREDENTIAL;
  if (answer === 'WEB_AUTHN' && credential && options.flow.webAuthnChallenge) {
    const flow: FlowState = { ...options.flow, firstFactor: 'WEB_AUTHN' };
    await verifyWebAuthnAnswer(ctx, target, { credential, flow });
    return afterPassword(ctx, target, flow);
  }
  return startFirstFactor(ctx, target, { factor: answer, parameters: options.responses, flow: options.flow });
}
