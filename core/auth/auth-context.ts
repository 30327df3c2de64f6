import {
  createDeviceStore,
  createTokenStore,
  type DeviceStore,
  type KeyValueStorage,
  type TokenStore,
} from './auth-storage';
import { type AutoSignInStore, createAutoSignInStore } from './auto-sign-in-store';
import { type CognitoClient, createCognitoClient, resolveEndpoint } from './cognito/create-cognito-client';
import { createSignInStateStore, type SignInStateStore } from './sign-in-state';

/**
 * Passkey ceremonies run where WebAuthn exists (a page), never in the engine: it only relays JSON (WebAuthn L3
 * §5.1.8–§5.1.9). A failed ceremony should reject with a SidekeyError named as Amplify names passkey errors
 * (`PasskeyAuthenticationCanceled`, `PasskeyRegistrationCanceled`, `PasskeyAlreadyExists`, `PasskeyOperationAborted`,
 * `RelyingPartyMismatch`; docs/cognito-api.md §7.1); the engine passes it through and keeps the sign-in, so the user
 * can pick another factor.
 */
export type PasskeyPort = {
  /** Runs `navigator.credentials.get` with PublicKeyCredentialRequestOptionsJSON; returns the credential's JSON. */
  get(requestOptionsJSON: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Runs `navigator.credentials.create` with PublicKeyCredentialCreationOptionsJSON; returns the credential's JSON. */
  create(creationOptionsJSON: Record<string, unknown>): Promise<Record<string, unknown>>;
};

/** Opens the hosted UI and resolves with where it redirected (signInWithRedirect's port). */
export type OpenAuthSession = (
  url: string,
  redirectUrls: string[],
) => Promise<{ type: 'success' | 'error' | 'canceled'; url?: string; error?: unknown }>;

/** Hosted-UI settings (Amplify's `loginWith.oauth`), used by signInWithRedirect. */
export type OAuthConfig = {
  domain: string;
  scopes: string[];
  redirectSignIn: string[];
  redirectSignOut: string[];
  responseType: 'code' | 'token';
};

/** Everything `createAuthClient` needs; platform things (fetch, clock, randomness, storage) come in here. */
export type AuthClientConfig = {
  userPoolId: string;
  userPoolClientId: string;
  /** Posted to verbatim for every user-pool call (Amplify's `userPoolEndpoint`). */
  userPoolEndpoint?: string;
  /** Defaults to the part of the pool id before `_`. */
  region?: string;
  /** For app clients with a secret: adds SECRET_HASH / SecretHash everywhere Cognito wants it. */
  clientSecret?: string;
  storage: KeyValueStorage;
  fetch?: typeof fetch;
  /** Milliseconds since the epoch. */
  clock?: () => number;
  random?: (byteCount: number) => Uint8Array;
  passkeys?: PasskeyPort;
  openAuthSession?: OpenAuthSession;
  oauth?: OAuthConfig;
  /** Sent as `DeviceName` when a new device is confirmed. */
  deviceName?: string;
};

/** A Cognito call by operation name (typed by cognito-operations.ts); failures are SidekeyErrors with Cognito's name. */
type CognitoCall = CognitoClient['call'];

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
  /** Auto sign-in after sign-up, kept in storage (unlike Amplify's memory) so it outlives a worker stop. */
  autoSignIn: AutoSignInStore;
  /** The refresh running now, so concurrent callers share it (as Amplify collapses them, docs/cognito-api.md §4.2). */
  refreshing: { promise?: Promise<unknown> };
};

/** The system clock, used only when the caller injects none. */
const systemClock = () => Date.now();
const systemRandom = (byteCount: number) => globalThis.crypto.getRandomValues(new Uint8Array(byteCount));

/** The context of one client, built from its config: the Cognito client, the stores, the injected platform. */
export function createAuthContext(config: AuthClientConfig): AuthContext {
  const poolName = config.userPoolId.split('_')[1] ?? '';
  const endpoint = resolveEndpoint({
    userPoolId: config.userPoolId,
    userPoolEndpoint: config.userPoolEndpoint,
    region: config.region,
  });
  const now = config.clock ?? systemClock;
  const fetchImpl = config.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const clientId = config.userPoolClientId;
  return {
    clientId,
    userPoolId: config.userPoolId,
    poolName,
    clientSecret: config.clientSecret,
    deviceName: config.deviceName ?? 'Sidekey',
    call: createCognitoClient({ endpoint, fetch: fetchImpl }).call,
    now,
    random: config.random ?? systemRandom,
    passkeys: config.passkeys,
    tokens: createTokenStore({ storage: config.storage, clientId }),
    devices: createDeviceStore({ storage: config.storage, clientId }),
    signInState: createSignInStateStore({ storage: config.storage, clientId, now }),
    autoSignIn: createAutoSignInStore({ storage: config.storage, clientId, now }),
    refreshing: {},
  };
}
