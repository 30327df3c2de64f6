import { SidekeyError, type SidekeyErrorCode } from '../errors/sidekey-error';
import type { KeyValueStorage } from './key-value-storage';
import { SIGN_IN_SESSION_MS, type SignInState } from './sign-in-state';
import { decodeSignInState, encodeSignInState } from './sign-in-state-codec';

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
        throw new SidekeyError({
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
