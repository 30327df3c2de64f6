import { CognitoError } from '../errors/cognito-error';

/** The fields of `clientDataJSON` the pool checks (WebAuthn §5.8.1 CollectedClientData). */
export interface ClientData {
  type: string;
  challenge: string;
  origin: string;
  crossOrigin?: boolean;
}

/** Decodes a base64url `clientDataJSON`; `InvalidParameterException` when it is not the expected JSON. */
export function decodeClientData(clientDataJSON: unknown): ClientData {
  if (typeof clientDataJSON !== 'string') throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid();
  const data = parsed as Record<string, unknown>;
  if (typeof data.type !== 'string' || typeof data.challenge !== 'string' || typeof data.origin !== 'string') {
    throw invalid();
  }
  return {
    type: data.type,
    challenge: data.challenge,
    origin: data.origin,
    crossOrigin: data.crossOrigin === true,
  };
}

function invalid(): CognitoError {
  return new CognitoError('InvalidParameterException', 'The credential has an invalid clientDataJSON.');
}
