import { verifyAuthenticationResponse } from '@simplewebauthn/server';
import { parseAuthenticatorData } from '@simplewebauthn/server/helpers';
import { CognitoError } from '../errors/cognito-error';
import type { PoolUser, WebAuthnCredentialRecord } from '../state/types';
import { checkRpIdHash } from './check-rp-id-hash';
import { decodeClientData } from './decode-client-data';
import { isAllowedWebAuthnOrigin } from './is-allowed-webauthn-origin';
import { parseAssertionCredential } from './parse-assertion-credential';

/**
 * Verifies the WEB_AUTHN challenge's `CREDENTIAL` (WebAuthn §7.2): one of `user`'s passkeys, the challenge bound to
 * the Session, an origin on the pool's relying-party id, the pool's rpIdHash, user presence (and verification when
 * the pool requires it), the signature, and a signature counter that went up (a replayed assertion fails).
 * A foreign origin is `WebAuthnOriginNotAllowedException` and an rpIdHash of another id
 * `WebAuthnRelyingPartyMismatchException`, as Cognito answers them (docs/cognito-api.md §7.1);
 * every other refusal is `NotAuthorizedException` (malformed input: `InvalidParameterException`); see
 * docs/assumed-aws-behaviours.md (WebAuthn). On success the stored counter is raised and the record returned.
 */
export async function verifyPasskeyAssertion(options: {
  credential: unknown;
  user: PoolUser;
  expectedChallenge: string;
  rpId: string;
  userVerification: 'required' | 'preferred';
  now: number;
}): Promise<WebAuthnCredentialRecord> {
  const response = parseAssertionCredential(options.credential);
  const stored = options.user.webAuthnCredentials.find((item) => item.credentialId === response.id);
  if (!stored || stored.relyingPartyId !== options.rpId) throw refused('Unknown passkey credential.');
  const clientData = decodeClientData(response.response.clientDataJSON);
  if (clientData.type !== 'webauthn.get') throw refused('The credential is not an authentication response.');
  if (clientData.challenge !== options.expectedChallenge) throw refused('The passkey challenge does not match.');
  if (!isAllowedWebAuthnOrigin(clientData.origin, options.rpId)) {
    throw new CognitoError(
      'WebAuthnOriginNotAllowedException',
      'The passkey credential’s origin does not align with the user pool relying party id.',
    );
  }
  let rpIdHash: Uint8Array;
  try {
    rpIdHash = parseAuthenticatorData(
      new Uint8Array(Buffer.from(response.response.authenticatorData, 'base64url')),
    ).rpIdHash;
  } catch {
    throw new CognitoError('InvalidParameterException', 'The credential has invalid authenticatorData.');
  }
  checkRpIdHash(rpIdHash, options.rpId);

  let newCounter: number;
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: options.expectedChallenge,
      expectedOrigin: clientData.origin,
      expectedRPID: options.rpId,
      credential: {
        id: stored.credentialId,
        publicKey: new Uint8Array(Buffer.from(stored.publicKey, 'base64url')),
        counter: stored.counter,
      },
      requireUserVerification: options.userVerification === 'required',
    });
    if (!result.verified) throw new Error('signature');
    newCounter = result.authenticationInfo.newCounter;
  } catch {
    throw refused('The passkey assertion could not be verified.');
  }
  stored.counter = newCounter;
  stored.lastUsedAt = options.now;
  return stored;
}

function refused(message: string): CognitoError {
  return new CognitoError('NotAuthorizedException', message);
}
