import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { CognitoError } from '../errors/cognito-error';

/**
 * Checks the shape of CompleteWebAuthnRegistration's `Credential` (a RegistrationResponseJSON object, which Amplify
 * sends unstringified — docs/cognito-api.md §7.2) and returns it typed; `InvalidParameterException` otherwise.
 */
export function parseRegistrationCredential(value: unknown): RegistrationResponseJSON {
  const credential = typeof value === 'string' ? parseJson(value) : value;
  if (!isRecord(credential) || !isRecord(credential.response)) throw invalid('Credential');
  const { id, rawId, type, response } = credential;
  if (typeof id !== 'string' || id === '' || typeof rawId !== 'string' || type !== 'public-key') {
    throw invalid('Credential');
  }
  if (typeof response.clientDataJSON !== 'string' || typeof response.attestationObject !== 'string') {
    throw invalid('Credential.response');
  }
  if (response.transports !== undefined && !isStringArray(response.transports)) throw invalid('transports');
  const attachment = credential.authenticatorAttachment;
  if (attachment !== undefined && attachment !== 'platform' && attachment !== 'cross-platform') {
    throw invalid('authenticatorAttachment');
  }
  return {
    ...(credential as object),
    clientExtensionResults: isRecord(credential.clientExtensionResults) ? credential.clientExtensionResults : {},
  } as unknown as RegistrationResponseJSON;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalid('Credential');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function invalid(field: string): CognitoError {
  return new CognitoError('InvalidParameterException', `Invalid ${field}: not a WebAuthn registration response.`);
}
