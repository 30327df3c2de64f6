import { checkUserTotp } from '../auth/answer-software-token';
import { issueSession, sessionValidityMs, spendSession } from '../auth/session-store';
import type { FlowState } from '../auth/sign-in-types';
import { CognitoError, isCognitoError } from '../errors/cognito-error';
import { findSetupSession } from './associate-software-token';
import type { Operation } from './operation-context';
import { readOptionalString, readString } from './read-input';

/** Cognito's refusal of a wrong code at VerifySoftwareToken (docs/assumed-aws-behaviours.md). */
function mismatch(error: unknown): unknown {
  return isCognitoError(error, 'CodeMismatchException')
    ? new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA')
    : error;
}

/**
 * VerifySoftwareToken
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerifySoftwareToken.html):
 * checks a code for the secret AssociateSoftwareToken handed out. With an AccessToken the secret becomes the
 * user's TOTP secret (SetUserMFAPreference turns it on); with a Session it is registered and turned on, and a new
 * Session is returned for the MFA_SETUP answer.
 */
export const verifySoftwareToken: Operation = (input, ctx) => {
  const accessToken = readOptionalString(input, 'AccessToken', { maxLength: 8192 });
  const sessionId = readOptionalString(input, 'Session', { maxLength: 2048 });
  const code = readString(input, 'UserCode', { maxLength: 6 });
  const friendlyName = readOptionalString(input, 'FriendlyDeviceName', { maxLength: 256 });
  if (accessToken !== undefined) {
    const { user } = ctx.tokens.verifyAccessToken(accessToken);
    const secret = user.mfa.pendingTotpSecret;
    if (!secret) throw new CognitoError('InvalidParameterException', 'Call AssociateSoftwareToken first.');
    try {
      checkUserTotp(ctx, user, { secret, code });
    } catch (error) {
      throw mismatch(error);
    }
    user.mfa.totpSecret = secret;
    delete user.mfa.pendingTotpSecret;
    if (friendlyName) user.mfa.totpFriendlyName = friendlyName;
    ctx.store.changed();
    return { Status: 'SUCCESS' };
  }
  if (sessionId === undefined) {
    throw new CognitoError('InvalidParameterException', 'Either AccessToken or Session must be provided.');
  }
  const session = findSetupSession(ctx, sessionId);
  const { flow } = session.data;
  const pool = ctx.store.getPool(session.poolId);
  const user = Object.hasOwn(pool.users, session.username) ? pool.users[session.username] : undefined;
  if (!user || !flow.setupSecret) throw new CognitoError('NotAuthorizedException', 'Invalid session for the user.');
  try {
    checkUserTotp(ctx, user, { secret: flow.setupSecret, code });
  } catch (error) {
    throw mismatch(error);
  }
  spendSession(ctx, session.id);
  user.mfa.totpSecret = flow.setupSecret;
  user.mfa.totpEnabled = true;
  user.mfa.preferred ??= 'SOFTWARE_TOKEN_MFA';
  if (friendlyName) user.mfa.totpFriendlyName = friendlyName;
  const next = issueSession<FlowState>(ctx, {
    poolId: session.poolId,
    clientId: session.clientId,
    username: session.username,
    challengeName: 'MFA_SETUP',
    ttlMs: sessionValidityMs(ctx, session),
    flow: { ...flow, setupVerified: true, mfaKind: 'SOFTWARE_TOKEN_MFA' },
  });
  ctx.store.changed();
  return { Status: 'SUCCESS', Session: next };
};
