import type { KeyValueStorage } from './key-value-storage';

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

/** Opens the hosted UI and resolves with where it redirected (for signInWithRedirect, wired later). */
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
