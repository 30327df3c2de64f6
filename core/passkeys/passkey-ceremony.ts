/**
 * The one passkey ceremony the worker asks a page on the relying party's origin to run, and what comes back
 * (docs/cognito-api.md §7.1, §7.2). Options and credentials travel as WebAuthn L3 JSON; the page never sees
 * anything else of the account (no token, no password).
 */
export type PasskeyCeremonyRequest =
  /** `navigator.credentials.get` with PublicKeyCredentialRequestOptionsJSON (a WEB_AUTHN sign-in). */
  | { kind: 'get'; options: Record<string, unknown> }
  /** `navigator.credentials.create` with PublicKeyCredentialCreationOptionsJSON (registering a passkey). */
  | { kind: 'create'; options: Record<string, unknown> };

/** Why a ceremony failed, with Amplify's names for the browser's refusals (its PasskeyErrorCode). */
export type PasskeyFailureCode =
  | 'PasskeyAuthenticationCanceled'
  | 'PasskeyRegistrationCanceled'
  | 'PasskeyAlreadyExists'
  | 'PasskeyOperationAborted'
  | 'RelyingPartyMismatch'
  | 'PasskeyRetrievalFailed'
  | 'PasskeyRegistrationFailed'
  | 'PasskeyNotSupported';

/** The page's answer: the credential's JSON and the origin it ran on, or why there is none. Never throws. */
export type PasskeyCeremonyOutcome =
  | { ok: true; origin: string; credential: Record<string, unknown> }
  | { ok: false; origin: string; code: PasskeyFailureCode; message: string };

/**
 * Where the passkey content script publishes its ceremony, on the isolated world's global (the page cannot see
 * it). A registered symbol, so the worker's injected call finds it without sharing a module.
 */
export const PASSKEY_CEREMONY_KEY: unique symbol = Symbol.for('sidekey.passkey');
