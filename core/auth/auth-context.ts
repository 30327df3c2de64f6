import type { PasskeyPort } from './auth-client-config';
import type { CognitoClient } from './cognito/create-cognito-client';
import type { DeviceStore } from './device-store';
import type { SignInStateStore } from './sign-in-state-store';
import type { SignInInput } from './sign-in-types';
import type { TokenStore } from './token-store';

/** A Cognito call by operation name (typed by cognito-operations.ts); failures are SidekeyErrors with Cognito's name. */
export type CognitoCall = CognitoClient['call'];

/** Auto sign-in after sign-up; kept in memory only (it may hold the password), like Amplify's store (docs/cognito-api.md §6.1). */
export type AutoSignInSlot = { username: string; session?: string; signInInput: SignInInput; confirmed: boolean };

/** What every engine function receives: one per client, so several clients never share state. */
export type AuthContext = {
  clientId: string;
  userPoolId: string;
  /** The part of the pool id after `_`: SRP's pool name (docs/cognito-api.md §3.4). */
  poolName: string;
  clientSecret?: string;
  deviceName: string;
  call: CognitoCall;
  now: () => number;
  random: (byteCount: number) => Uint8Array;
  passkeys?: PasskeyPort;
  tokens: TokenStore;
  devices: DeviceStore;
  signInState: SignInStateStore;
  autoSignIn: { slot?: AutoSignInSlot };
  /** The refresh running now, so concurrent callers share it (as Amplify collapses them, docs/cognito-api.md §4.2). */
  refreshing: { promise?: Promise<unknown> };
};
