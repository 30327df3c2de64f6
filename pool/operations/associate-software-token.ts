import { encodeBase32 } from '../auth/base32';
import { issueSession, openSession, sessionValidityMs, spendSession } from '../auth/session-store';
import type { FlowState } from '../auth/sign-in-types';
import { CognitoError } from '../errors/cognito-error';
import type { Operation } from './operation-context';
import { readOptionalString } from './read-input';

/** A new TOTP secret: 20 random bytes (RFC 4226 §4 recommends 160 bits), base32 as authenticator apps read it. */
const newSecret = (random: (bytes: number) => Uint8Array) => encodeBase32(random(20));

/**
 * AssociateSoftwareToken
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AssociateSoftwareToken.html):
 * with an AccessToken, hands out a secret kept as the user's pending TOTP secret; with an MFA_SETUP Session, keeps
 * the secret in a new Session (returned) for VerifySoftwareToken and the MFA_SETUP answer.
 */
export const associateSoftwareToken: Operation = (input, ctx) => {
  const accessToken = readOptionalString(input, 'AccessToken', { maxLength: 8192 });
  const sessionId = readOptionalString(input, 'Session', { maxLength: 2048 });
  if (accessToken !== undefined) {
    const { user } = ctx.tokens.verifyAccessToken(accessToken);
    const secret = newSecret(ctx.random);
    user.mfa.pendingTotpSecret = secret;
    ctx.store.changed();
    return { SecretCode: secret };
  }
  if (sessionId === undefined) {
    throw new CognitoError('InvalidParameterException', 'Either AccessToken or Session must be provided.');
  }
  const session = findSetupSession(ctx, sessionId);
  spendSession(ctx, session.id);
  const secret = newSecret(ctx.random);
  const next = issueSession<FlowState>(ctx, {
    poolId: session.poolId,
    clientId: session.clientId,
    username: session.username,
    challengeName: 'MFA_SETUP',
    ttlMs: sessionValidityMs(ctx, session),
    flow: { ...session.data.flow, setupSecret: secret, setupVerified: false },
  });
  ctx.store.changed();
  return { SecretCode: secret, Session: next };
};

/** The live MFA_SETUP Session, whichever client it belongs to (these calls name no ClientId). */
export function findSetupSession(ctx: Parameters<Operation>[1], sessionId: string) {
  const record = Object.hasOwn(ctx.store.state.sessions, sessionId) ? ctx.store.state.sessions[sessionId] : undefined;
  return openSession<FlowState>(ctx, {
    session: sessionId,
    poolId: record?.poolId ?? '',
    clientId: record?.clientId ?? '',
    challengeName: 'MFA_SETUP',
  });
}
