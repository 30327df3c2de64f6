import type { PoolUser, WebAuthnCredentialRecord } from '../state/types';

/** `CredentialCreationOptions` as StartWebAuthnRegistration returns it: a PublicKeyCredentialCreationOptionsJSON. */
export interface CredentialCreationOptionsJson {
  challenge: string;
  rp: { id: string; name: string };
  user: { id: string; name: string; displayName: string };
  pubKeyCredParams: { alg: number; type: 'public-key' }[];
  timeout: number;
  excludeCredentials: { id: string; type: 'public-key'; transports?: string[] }[];
  authenticatorSelection: { residentKey: 'required'; requireResidentKey: true; userVerification: string };
  attestation: 'none';
  extensions: { credProps: true };
}

/** How long a registration or sign-in ceremony may take in the browser, and how long its challenge lives. */
export const webAuthnCeremonyTimeoutMs = 180_000;

/** ES256 and RS256, the COSE algorithms Cognito accepts for passkeys (IANA COSE registry: -7, -257). */
export const supportedPasskeyAlgorithms = [-7, -257];

/**
 * Builds the registration options for `user` (WebAuthn §5.4 PublicKeyCredentialCreationOptions): a discoverable
 * credential (passkey) on `rpId`, the user's existing passkeys excluded, no attestation wanted. `user.id` is the
 * user's `sub`, base64url. Shape: docs/cognito-api.md §7.2 (what Amplify reads) and
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_StartWebAuthnRegistration.html
 */
export function createRegistrationOptions(options: {
  user: PoolUser;
  rpId: string;
  rpName: string;
  challenge: string;
  userVerification: 'required' | 'preferred';
}): CredentialCreationOptionsJson {
  const { user } = options;
  const displayName = user.attributes.name ?? user.attributes.email ?? user.Username;
  return {
    challenge: options.challenge,
    rp: { id: options.rpId, name: options.rpName },
    user: { id: Buffer.from(user.sub, 'utf8').toString('base64url'), name: user.Username, displayName },
    pubKeyCredParams: supportedPasskeyAlgorithms.map((alg) => ({ alg, type: 'public-key' as const })),
    timeout: webAuthnCeremonyTimeoutMs,
    excludeCredentials: user.webAuthnCredentials.map(toDescriptor),
    authenticatorSelection: {
      residentKey: 'required',
      requireResidentKey: true,
      userVerification: options.userVerification,
    },
    attestation: 'none',
    extensions: { credProps: true },
  };
}

/** A stored passkey as a PublicKeyCredentialDescriptorJSON (for excludeCredentials / allowCredentials). */
export function toDescriptor(credential: WebAuthnCredentialRecord): {
  id: string;
  type: 'public-key';
  transports?: string[];
} {
  return credential.transports && credential.transports.length > 0
    ? { id: credential.credentialId, type: 'public-key', transports: [...credential.transports] }
    : { id: credential.credentialId, type: 'public-key' };
}
