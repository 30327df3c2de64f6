import type { PasskeyCeremonyOutcome, PasskeyCeremonyRequest, PasskeyFailureCode } from '../passkeys/passkey-ceremony';

/** @simplewebauthn/browser's two calls, passed in by the content script so this runs on a test's fakes too. */
export interface WebAuthnCalls {
  startAuthentication: (options: { optionsJSON: never }) => Promise<unknown>;
  startRegistration: (options: { optionsJSON: never }) => Promise<unknown>;
}

/** The DOMException name behind a failure: @simplewebauthn/browser wraps it in a WebAuthnError's `cause`. */
function domName(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause instanceof Error) return cause.name;
  return error instanceof Error ? error.name : '';
}

/**
 * DOM errors to passkey errors, the one place they are mapped (docs/cognito-api.md §7.1, as Amplify's
 * handlePasskeyError): `NotAllowedError` → cancelled, `InvalidStateError` while registering → already exists,
 * `AbortError` → aborted, `SecurityError` → relying-party mismatch, no WebAuthn → not supported, else failed.
 */
function failureCode(kind: PasskeyCeremonyRequest['kind'], error: unknown): PasskeyFailureCode {
  const name = domName(error);
  if (name === 'NotAllowedError')
    return kind === 'get' ? 'PasskeyAuthenticationCanceled' : 'PasskeyRegistrationCanceled';
  if (name === 'InvalidStateError' && kind === 'create') return 'PasskeyAlreadyExists';
  if (name === 'AbortError') return 'PasskeyOperationAborted';
  if (name === 'SecurityError') return 'RelyingPartyMismatch';
  if (/not supported/i.test(error instanceof Error ? error.message : '')) return 'PasskeyNotSupported';
  return kind === 'get' ? 'PasskeyRetrievalFailed' : 'PasskeyRegistrationFailed';
}

const MESSAGES: Record<PasskeyFailureCode, string> = {
  PasskeyAuthenticationCanceled: 'The passkey sign-in was cancelled or timed out.',
  PasskeyRegistrationCanceled: 'Adding the passkey was cancelled or timed out.',
  PasskeyAlreadyExists: 'This device already holds a passkey for this account.',
  PasskeyOperationAborted: 'The passkey request was stopped.',
  RelyingPartyMismatch: 'The passkey belongs to another site than this page.',
  PasskeyRetrievalFailed: 'The browser could not use a passkey here.',
  PasskeyRegistrationFailed: 'The browser could not create a passkey here.',
  PasskeyNotSupported: 'This browser cannot use passkeys on this page.',
};

/**
 * Runs one ceremony in the relying party's page (the passkey content script calls it) with
 * @simplewebauthn/browser, and answers the credential's JSON or a typed failure, with the page's own origin so
 * the worker can check who answered. Never throws: executeScript would turn a throw into an untyped error.
 */
export async function runPasskeyCeremony(
  request: PasskeyCeremonyRequest,
  ports: WebAuthnCalls & { origin: string },
): Promise<PasskeyCeremonyOutcome> {
  const { origin } = ports;
  try {
    const optionsJSON = request.options as never;
    const credential =
      request.kind === 'get'
        ? await ports.startAuthentication({ optionsJSON })
        : await ports.startRegistration({ optionsJSON });
    if (typeof credential !== 'object' || credential === null) throw new Error('The browser returned no credential.');
    return { ok: true, origin, credential: credential as Record<string, unknown> };
  } catch (error) {
    const code = failureCode(request.kind, error);
    return { ok: false, origin, code, message: MESSAGES[code] };
  }
}
