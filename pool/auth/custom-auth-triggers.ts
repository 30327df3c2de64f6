import { CognitoError } from '../errors/cognito-error';
import { completeSignIn } from './complete-sign-in';
import { constantTimeEqual } from './constant-time-equal';
import { issueChallenge } from './issue-challenge';
import { incorrectCredentials } from './resolve-sign-in-target';
import { sendSignInCodeForCustom } from './send-custom-code';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';

/*
 * Built-in stand-ins for Cognito's Define/Create/Verify Auth Challenge Lambda triggers
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html), chosen by the pool's
 * `CustomAuth` config (see pool/README.md):
 * - `none`: no Define trigger, so CUSTOM_AUTH is refused as Cognito refuses it.
 * - `secret-answer`: CUSTOM_CHALLENGE rounds (`rounds`, default 1) whose answer is the user's `custom:answer`
 *   attribute, or else the pool's fixed `answer`. Public parameters: `question`, `round`.
 * - `code-challenge`: one CUSTOM_CHALLENGE whose answer is a 6-digit code sent to the outbox (email, else SMS).
 * `srpFirst` makes Define start with PASSWORD_VERIFIER (CUSTOM_WITH_SRP, `CHALLENGE_NAME: SRP_A`); without it a
 * client may still choose SRP first by sending SRP_A. Three wrong answers fail the sign-in (as the AWS sample
 * Define trigger does) with "Incorrect username or password."; a wrong answer before that gets a new challenge.
 */

const maxFailures = 3;

/** Issues the next CUSTOM_CHALLENGE (Create Auth Challenge). */
export function startCustomChallenge(ctx: Ctx, target: SignInTarget, flow: FlowState): AuthResponse {
  const { pool, user } = target;
  const config = pool.config.CustomAuth;
  const round = (flow.customRound ?? 0) + 1;
  const next: FlowState = { ...flow, customRound: round - 1 };
  const publicParameters: Record<string, string> =
    config.mode === 'code-challenge'
      ? { challenge: 'CODE', ...sendSignInCodeForCustom(ctx, target) }
      : { question: 'What is the answer?', round: String(round) };
  return issueChallenge(
    ctx,
    { ...target, username: user.Username },
    {
      challengeName: 'CUSTOM_CHALLENGE',
      flow: next,
      parameters: { ...publicParameters, USERNAME: user.Username },
    },
  );
}

/** Refuses CUSTOM_AUTH when the pool has no trigger set, and requires the password first when `srpFirst`. */
export function requireCustomAuth(target: SignInTarget, options: { withSrp: boolean }): void {
  const config = target.pool.config.CustomAuth;
  if (config.mode === 'none') {
    throw new CognitoError('NotAuthorizedException', 'Custom auth lambda trigger is not configured for the user pool.');
  }
  if (config.srpFirst && !options.withSrp) throw new CognitoError('NotAuthorizedException', incorrectCredentials);
}

/** Checks a CUSTOM_CHALLENGE `ANSWER` (Verify Auth Challenge Response) and decides what follows (Define). */
export function answerCustomChallenge(
  ctx: Ctx,
  target: SignInTarget,
  options: { flow: FlowState; answer: string | undefined },
): AuthResponse {
  const { pool, user } = target;
  const config = pool.config.CustomAuth;
  if (options.answer === undefined) {
    throw new CognitoError('InvalidParameterException', 'Missing required parameter ANSWER');
  }
  const expected =
    config.mode === 'code-challenge'
      ? user.codes.CUSTOM_CHALLENGE?.code
      : (user.attributes['custom:answer'] ?? config.answer);
  const fresh = config.mode !== 'code-challenge' || (user.codes.CUSTOM_CHALLENGE?.expiresAt ?? 0) >= ctx.clock.now();
  const correct = expected !== undefined && fresh && constantTimeEqual(expected, options.answer);
  const flow = options.flow;
  if (!correct) {
    const failures = (flow.customFailures ?? 0) + 1;
    if (failures >= maxFailures) throw new CognitoError('NotAuthorizedException', incorrectCredentials);
    return startCustomChallenge(ctx, target, { ...flow, customFailures: failures });
  }
  if (config.mode === 'code-challenge') delete user.codes.CUSTOM_CHALLENGE;
  const answered = (flow.customRound ?? 0) + 1;
  const rounds = config.mode === 'code-challenge' ? 1 : (config.rounds ?? 1);
  if (answered < rounds) return startCustomChallenge(ctx, target, { ...flow, customRound: answered });
  return completeSignIn(ctx, target, flow);
}
