import type { PoolUser } from '../state/types';
import { toDescriptor, webAuthnCeremonyTimeoutMs } from './create-registration-options';

/** The WEB_AUTHN challenge's `CREDENTIAL_REQUEST_OPTIONS`, before it is stringified. */
export interface CredentialRequestOptionsJson {
  challenge: string;
  rpId: string;
  allowCredentials: { id: string; type: 'public-key'; transports?: string[] }[];
  userVerification: string;
  timeout: number;
}

/**
 * The PublicKeyCredentialRequestOptionsJSON for a WEB_AUTHN challenge (WebAuthn §5.5): the user's passkeys on
 * `rpId` as allowCredentials. Cognito sends it as a JSON *string* in ChallengeParameters (docs/cognito-api.md §7.1).
 */
export function createRequestOptions(options: {
  user: PoolUser;
  rpId: string;
  challenge: string;
  userVerification: 'required' | 'preferred';
}): CredentialRequestOptionsJson {
  return {
    challenge: options.challenge,
    rpId: options.rpId,
    allowCredentials: options.user.webAuthnCredentials
      .filter((credential) => credential.relyingPartyId === options.rpId)
      .map(toDescriptor),
    userVerification: options.userVerification,
    timeout: webAuthnCeremonyTimeoutMs,
  };
}
