import type { SignInState } from './sign-in-state';

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isString);

/**
 * Serialises a sign-in in progress for storage (JSON, with a version so a later shape can be told apart). Only the
 * listed fields are written, so nothing else that rides along on the object (a password, an SRP client) is kept.
 */
export function encodeSignInState(state: SignInState): string {
  const { username, session, challengeName, challengeParameters, availableChallenges, totpSharedSecret } = state;
  const { signInDetails, startedAt } = state;
  return JSON.stringify({
    v: 1,
    username,
    session,
    challengeName,
    challengeParameters,
    availableChallenges,
    totpSharedSecret,
    signInDetails: { loginId: signInDetails.loginId, authFlowType: signInDetails.authFlowType },
    startedAt,
  });
}

/**
 * Reads back what {@link encodeSignInState} wrote. Anything else — garbage, another version, a missing field —
 * gives `undefined`, so a damaged record is treated like no sign-in at all rather than half-trusted.
 */
export function decodeSignInState(text: string | null | undefined): SignInState | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  if (raw.v !== 1 || !isString(raw.username) || !isString(raw.challengeName)) return undefined;
  if (raw.session !== undefined && !isString(raw.session)) return undefined;
  if (!isStringRecord(raw.challengeParameters) || typeof raw.startedAt !== 'number') return undefined;
  if (
    raw.availableChallenges !== undefined &&
    !(Array.isArray(raw.availableChallenges) && raw.availableChallenges.every(isString))
  )
    return undefined;
  if (raw.totpSharedSecret !== undefined && !isString(raw.totpSharedSecret)) return undefined;
  const details = raw.signInDetails;
  if (typeof details !== 'object' || details === null) return undefined;
  const { loginId, authFlowType } = details as Record<string, unknown>;
  if ((loginId !== undefined && !isString(loginId)) || (authFlowType !== undefined && !isString(authFlowType)))
    return undefined;
  return {
    username: raw.username,
    session: raw.session,
    challengeName: raw.challengeName,
    challengeParameters: raw.challengeParameters,
    availableChallenges: raw.availableChallenges as string[] | undefined,
    totpSharedSecret: raw.totpSharedSecret,
    signInDetails: details as SignInState['signInDetails'],
    startedAt: raw.startedAt,
  };
}
