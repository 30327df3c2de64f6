import type { SidekeyErrorCode } from '../errors/sidekey-error';
import type { SignInDetails } from './amplify-shapes';
import { AuthError } from './auth-error';
import type { KeyValueStorage } from './auth-storage';

/**
 * A sign-in in progress, between a challenge and the answer to it. It is everything `confirmSignIn` needs to go
 * on in a fresh worker: never the password or the SRP secret (those live only inside one call).
 */
export type SignInState = {
  /** Cognito's canonical username (ChallengeParameters.USERNAME ?? USER_ID_FOR_SRP ?? what was typed). */
  username: string;
  /** Cognito's Session for the current challenge; empty for the local-only steps that keep the old one. */
  session?: string;
  /** The challenge being answered, as Cognito names it (or PASSWORD / PASSWORD_SRP for the local steps). */
  challengeName: string;
  /** The challenge's public parameters (code delivery, MFA lists, custom Lambda parameters, passkey options). */
  challengeParameters: Record<string, string>;
  /** USER_AUTH's top-level AvailableChallenges, kept so a resumed sign-in still lists them. */
  availableChallenges?: string[];
  /** The TOTP secret Cognito handed out during MFA setup (AssociateSoftwareToken), shown again on resume. */
  totpSharedSecret?: string;
  signInDetails: SignInDetails;
  /** When Cognito issued the current Session (ms since the epoch, from the injected clock). */
  startedAt: number;
};

/**
 * How long a Session lives: Cognito's default `AuthSessionValidity` of 3 minutes (AWS docs, "UserPoolClientType
 * AuthSessionValidity": 3–15 minutes, default 3).
 */
export const SIGN_IN_SESSION_MS = 3 * 60 * 1000;

/** Keeps the sign-in in progress in storage, so a restarted worker can still call confirmSignIn. */
export type SignInStateStore = {
  /** The sign-in in progress; throws `SignInSessionExpired` (and forgets it) once its Session is too old. */
  load(): Promise<SignInState | undefined>;
  save(state: SignInState): Promise<void>;
  clear(): Promise<void>;
};

const KEY_PREFIX = 'CognitoSignInState.';

/**
 * Whether a storage key holds a sign-in in progress. The worker routes these keys to `browser.storage.session`
 * (kept across worker restarts, never written to disk) and everything else — tokens, device keys — to
 * `storage.local`.
 */
export function isSignInStateKey(key: string): boolean {
  return key.startsWith(KEY_PREFIX);
}

/** Whether a Session issued at `startedAt` is still usable at `now` (Cognito's 3 minutes). */
export function isSignInStateExpired(state: SignInState, now: number): boolean {
  return now - state.startedAt >= SIGN_IN_SESSION_MS;
}

/**
 * Creates the store for one app client. The key is namespaced by client id, as Amplify's token keys are
 * (docs/cognito-api.md §5 keeps `CognitoSignInState.*` in sessionStorage; we keep one JSON record).
 */
export function createSignInStateStore(options: {
  storage: KeyValueStorage;
  clientId: string;
  now: () => number;
}): SignInStateStore {
  const key = `${KEY_PREFIX}${options.clientId}`;
  return {
    async load() {
      const state = decodeSignInState(await options.storage.getItem(key));
      if (!state) return undefined;
      if (isSignInStateExpired(state, options.now())) {
        await options.storage.removeItem(key);
        throw new AuthError({
          code: 'SignInSessionExpired' satisfies SidekeyErrorCode,
          message: 'The sign-in expired; start again.',
        });
      }
      return state;
    },
    save: (state) => options.storage.setItem(key, encodeSignInState(state)),
    clear: () => options.storage.removeItem(key),
  };
}

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
