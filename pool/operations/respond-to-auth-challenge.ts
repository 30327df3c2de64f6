import { challengeAnswers } from '../auth/challenge-answers';
import { assertNotLockedOut, recordPasswordFailure, recordPasswordSuccess } from '../auth/password-lockout';
import { incorrectCredentials, requireSecretHash } from '../auth/resolve-sign-in-target';
import { countWrongAnswer, openSession, spendSession } from '../auth/session-store';
import type { FlowState } from '../auth/sign-in-types';
import { CognitoError, isCognitoError } from '../errors/cognito-error';
import type { Operation } from './operation-context';
import { readOptionalString, readOptionalStringMap, readString } from './read-input';

const srpAnswers = new Set(['PASSWORD_VERIFIER', 'DEVICE_PASSWORD_VERIFIER']);

/**
 * Code challenges under the lockout rules: "After five unsuccessful attempts to present an MFA code, Amazon Cognito
 * begins the exponential-timeout lockout process" (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html).
 */
const lockedCodeChallenges = new Set(['SMS_MFA', 'EMAIL_OTP', 'SMS_OTP', 'SOFTWARE_TOKEN_MFA']);

/** Refusals after which the same Session may be answered again (Amplify keeps its state after them). */
const retryable = [
  'CodeMismatchException',
  'ExpiredCodeException',
  'InvalidPasswordException',
  'InvalidParameterException',
];

/**
 * RespondToAuthChallenge
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html):
 * answers the challenge its single-use Session was issued for. The Session is spent by every answer except a
 * wrong or replayed code or a refused new password (see `retryable`), which may be retried with the same Session.
 */
export const respondToAuthChallenge: Operation = async (input, ctx) => {
  const clientId = readString(input, 'ClientId', { maxLength: 128 });
  const challengeName = readString(input, 'ChallengeName', { maxLength: 64 });
  const responses = readOptionalStringMap(input, 'ChallengeResponses') ?? {};
  const sessionId = readOptionalString(input, 'Session', { maxLength: 2048 });
  const { pool, client } = ctx.store.findClient(clientId);
  const answerer = Object.hasOwn(challengeAnswers, challengeName) ? challengeAnswers[challengeName] : undefined;
  if (!answerer) {
    throw new CognitoError(
      'InvalidParameterException',
      `1 validation error detected: Value '${challengeName.slice(0, 64)}' at 'challengeName' failed to satisfy constraint: Member must satisfy enum value set: [${Object.keys(challengeAnswers).join(', ')}]`,
    );
  }
  const username = responses.USERNAME;
  if (!username) throw new CognitoError('InvalidParameterException', 'Missing required parameter USERNAME');
  requireSecretHash(client, responses, username);
  const secretBlock =
    sessionId === undefined && srpAnswers.has(challengeName) ? responses.PASSWORD_CLAIM_SECRET_BLOCK : undefined;
  const session = openSession<FlowState>(ctx, {
    ...(sessionId !== undefined ? { session: sessionId } : {}),
    ...(secretBlock !== undefined ? { secretBlock } : {}),
    poolId: pool.Id,
    clientId,
    challengeName: answerer.sessionChallenges,
  });
  const user = Object.hasOwn(pool.users, session.username) ? pool.users[session.username] : undefined;
  const named = ctx.store.findUser(pool, username);
  if (session.data.flow.decoy || !user || (named !== user && username !== user.password?.userIdForSrp)) {
    spendSession(ctx, session.id);
    ctx.store.changed();
    throw new CognitoError('NotAuthorizedException', incorrectCredentials);
  }
  const locked = lockedCodeChallenges.has(challengeName);
  if (locked) assertNotLockedOut(user, ctx.clock.now());
  // Spent before the (possibly async) check, so a second answer arriving meanwhile is refused.
  spendSession(ctx, session.id);
  try {
    const result = await answerer.answer(
      ctx,
      { pool, client, user },
      { flow: session.data.flow, responses, challengeName },
    );
    if (locked) recordPasswordSuccess(user);
    return result;
  } catch (error) {
    if (locked && isCognitoError(error, 'CodeMismatchException')) recordPasswordFailure(user, ctx.clock.now());
    if (isCognitoError(error, ...retryable)) countWrongAnswer(ctx, session.id);
    throw error;
  } finally {
    ctx.store.changed();
  }
};
