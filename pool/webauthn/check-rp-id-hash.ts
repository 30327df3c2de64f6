import { createHash } from 'node:crypto';
import { CognitoError } from '../errors/cognito-error';

/**
 * Throws `WebAuthnRelyingPartyMismatchException` unless `rpIdHash` (the first 32 bytes of authenticatorData) is
 * SHA-256 of `rpId` (WebAuthn §7.1 step 13 / §7.2 step 15).
 */
export function checkRpIdHash(rpIdHash: Uint8Array, rpId: string): void {
  const expected = createHash('sha256').update(rpId, 'utf8').digest();
  if (rpIdHash.length !== 32 || !expected.equals(Buffer.from(rpIdHash))) {
    throw new CognitoError(
      'WebAuthnRelyingPartyMismatchException',
      'The passkey credential is associated with a different relying party ID than the user pool.',
    );
  }
}
