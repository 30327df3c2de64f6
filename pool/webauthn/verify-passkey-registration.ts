import { verifyRegistrationResponse } from '@simplewebauthn/server';
import { decodeAttestationObject, parseAuthenticatorData } from '@simplewebauthn/server/helpers';
import { CognitoError } from '../errors/cognito-error';
import type { WebAuthnCredentialRecord } from '../state/types';
import { checkRpIdHash } from './check-rp-id-hash';
import { supportedPasskeyAlgorithms } from './create-registration-options';
import { decodeClientData } from './decode-client-data';
import { isAllowedWebAuthnOrigin } from './is-allowed-webauthn-origin';
import { parseRegistrationCredential } from './parse-registration-credential';

/**
 * Verifies a RegistrationResponseJSON against the pending challenge (WebAuthn §7.1) and returns the passkey record
 * to store. Each refusal is the exception CompleteWebAuthnRegistration documents:
 * challenge → WebAuthnChallengeNotFoundException, origin → WebAuthnOriginNotAllowedException, rpIdHash →
 * WebAuthnRelyingPartyMismatchException, attestation/algorithm/user verification → WebAuthnCredentialNotSupportedException.
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CompleteWebAuthnRegistration.html
 */
export async function verifyPasskeyRegistration(options: {
  credential: unknown;
  expectedChallenge: string;
  rpId: string;
  userVerification: 'required' | 'preferred';
  now: number;
}): Promise<WebAuthnCredentialRecord> {
  const response = parseRegistrationCredential(options.credential);
  const clientData = decodeClientData(response.response.clientDataJSON);
  if (clientData.type !== 'webauthn.create') {
    throw new CognitoError('InvalidParameterException', 'The credential is not a registration response.');
  }
  if (clientData.challenge !== options.expectedChallenge) {
    throw new CognitoError('WebAuthnChallengeNotFoundException', 'The registration challenge was not found.');
  }
  if (!isAllowedWebAuthnOrigin(clientData.origin, options.rpId)) {
    throw new CognitoError(
      'WebAuthnOriginNotAllowedException',
      'The passkey credential’s registration origin does not align with the user pool relying party id.',
    );
  }
  let rpIdHash: Uint8Array;
  try {
    const attestationObject = new Uint8Array(Buffer.from(response.response.attestationObject, 'base64url'));
    rpIdHash = parseAuthenticatorData(decodeAttestationObject(attestationObject).get('authData')).rpIdHash;
  } catch {
    throw new CognitoError('InvalidParameterException', 'The credential has an invalid attestationObject.');
  }
  checkRpIdHash(rpIdHash, options.rpId);

  let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verified = await verifyRegistrationResponse({
      response,
      expectedChallenge: options.expectedChallenge,
      expectedOrigin: clientData.origin,
      expectedRPID: options.rpId,
      requireUserVerification: options.userVerification === 'required',
      supportedAlgorithmIDs: supportedPasskeyAlgorithms,
    });
  } catch (error) {
    throw new CognitoError('WebAuthnCredentialNotSupportedException', notSupportedMessage(error));
  }
  if (!verified.verified) {
    throw new CognitoError('WebAuthnCredentialNotSupportedException', 'The passkey credential could not be verified.');
  }
  const { credential } = verified.registrationInfo;
  const transports = response.response.transports ?? credential.transports ?? [];
  return {
    credentialId: credential.id,
    publicKey: Buffer.from(credential.publicKey).toString('base64url'),
    counter: credential.counter,
    relyingPartyId: options.rpId,
    transports: [...transports],
    ...(response.authenticatorAttachment ? { authenticatorAttachment: response.authenticatorAttachment } : {}),
    aaguid: verified.registrationInfo.aaguid,
    createdAt: options.now,
  };
}

function notSupportedMessage(error: unknown): string {
  const reason = error instanceof Error ? error.message : 'unknown reason';
  return `The passkey credential is not supported: ${reason}`;
}
