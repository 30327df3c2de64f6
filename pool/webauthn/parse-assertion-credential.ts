import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { CognitoError } from '../errors/cognito-error';

/**
 * Parses the WEB_AUTHN challenge's `CREDENTIAL` answer: a JSON string of an AuthenticationResponseJSON
 * (docs/cognito-api.md §7.1), or that JSON already parsed. `InvalidParameterException` when it is not one.
 */
export function parseAssertionCredential(value: unknown): AuthenticationResponseJSON {
  let credential: unknown = value;
  if (typeof value === 'string') {
    try {
      credential = JSON.parse(value);
    } catch {
      throw invalid();
    }
  }
  if (!isRecord(credential) || !isRecord(credential.response)) throw invalid();
  const { id, rawId, type, response } = credential;
  if (typeof id !== 'string' || id === '' || typeof rawId !== 'string' || type !== 'public-key') throw invalid();
  const fields = [response.clientDataJSON, response.authenticatorData, response.signature];
  if (!fields.every((field) => typeof field === 'string')) throw invalid();
  if (response.userHandle !== undefined && response.userHandle !== null && typeof response.userHandle !== 'string') {
    throw invalid();
  }
  return {
    ...(credential as object),
    clientExtensionResults: isRecord(credential.clientExtensionResults) ? credential.clientExtensionResults : {},
  } as unknown as AuthenticationResponseJSON;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(): CognitoError {
  return new CognitoError('InvalidParameterException', 'CREDENTIAL is not a WebAuthn authentication response.');
}
