import { describe, expect, it } from 'vitest';
import { runPasskeyCeremony } from '../../../core/page/run-passkey-ceremony';

const ORIGIN = 'http://localhost:9230';
const CREDENTIAL = { id: 'cred', rawId: 'cred', type: 'public-key', response: {}, clientExtensionResults: {} };

/** A DOMException-like error wrapped the way @simplewebauthn/browser's WebAuthnError wraps it (`cause`). */
function wrapped(name: string): Error {
  const cause = new Error('browser said no');
  cause.name = name;
  return new Error('WebAuthn failed', { cause });
}

function failingWith(error: unknown) {
  const fail = async () => {
    throw error;
  };
  return { startAuthentication: fail, startRegistration: fail, origin: ORIGIN };
}

describe('runPasskeyCeremony', () => {
  it('answers the credential of a sign-in and of a registration, with the page’s origin', async () => {
    const asked: string[] = [];
    const ports = {
      startAuthentication: async (options: { optionsJSON: never }) => {
        asked.push(`get ${JSON.stringify(options.optionsJSON)}`);
        return CREDENTIAL;
      },
      startRegistration: async (options: { optionsJSON: never }) => {
        asked.push(`create ${JSON.stringify(options.optionsJSON)}`);
        return CREDENTIAL;
      },
      origin: ORIGIN,
    };
    expect(await runPasskeyCeremony({ kind: 'get', options: { challenge: 'a' } }, ports)).toEqual({
      ok: true,
      origin: ORIGIN,
      credential: CREDENTIAL,
    });
    expect(await runPasskeyCeremony({ kind: 'create', options: { challenge: 'b' } }, ports)).toMatchObject({
      ok: true,
    });
    expect(asked).toEqual(['get {"challenge":"a"}', 'create {"challenge":"b"}']);
  });

  it.each([
    ['get', wrapped('NotAllowedError'), 'PasskeyAuthenticationCanceled'],
    ['create', wrapped('NotAllowedError'), 'PasskeyRegistrationCanceled'],
    ['create', wrapped('InvalidStateError'), 'PasskeyAlreadyExists'],
    ['get', wrapped('AbortError'), 'PasskeyOperationAborted'],
    ['get', wrapped('SecurityError'), 'RelyingPartyMismatch'],
    ['get', new Error('WebAuthn is not supported in this browser'), 'PasskeyNotSupported'],
    ['get', wrapped('UnknownError'), 'PasskeyRetrievalFailed'],
    ['create', 'not even an error', 'PasskeyRegistrationFailed'],
  ] as const)('maps a failed %s (%s) to %s, never throwing', async (kind, error, code) => {
    const outcome = await runPasskeyCeremony({ kind, options: {} }, failingWith(error));
    expect(outcome).toMatchObject({ ok: false, origin: ORIGIN, code });
    expect(outcome.ok ? '' : outcome.message).not.toBe('');
  });

  it('treats a DOMException named directly (no wrapper) the same', async () => {
    const error = new Error('no');
    error.name = 'NotAllowedError';
    expect(await runPasskeyCeremony({ kind: 'get', options: {} }, failingWith(error))).toMatchObject({
      code: 'PasskeyAuthenticationCanceled',
    });
  });

  it('refuses an answer that is not a credential object', async () => {
    const ports = { ...failingWith(undefined), startAuthentication: async () => null };
    expect(await runPasskeyCeremony({ kind: 'get', options: {} }, ports)).toMatchObject({
      ok: false,
      code: 'PasskeyRetrievalFailed',
    });
  });
});
