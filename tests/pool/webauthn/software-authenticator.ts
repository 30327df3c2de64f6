import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

/**
 * A minimal software passkey authenticator for tests: ES256 keys, `none` attestation, a signature counter that goes
 * up by one per assertion (WebAuthn §6.1 authenticator data, §6.5.2 attested credential data, §8.7 `none`).
 * `origin` is what the "browser" writes into clientDataJSON; tests change it to provoke origin refusals.
 */
export function createSoftwareAuthenticator(options: { origin: string; userVerified?: boolean }) {
  const credentials = new Map<string, { privateKey: KeyObject; rpId: string; userHandle: string; counter: number }>();
  const state = { origin: options.origin, userVerified: options.userVerified ?? true };

  function flags(extra: number): number {
    return 0x01 | (state.userVerified ? 0x04 : 0) | extra;
  }

  function clientData(type: string, challenge: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin: state.origin, crossOrigin: false }), 'utf8');
  }

  return {
    state,
    credentials,

    /** navigator.credentials.create(): takes creation options JSON, returns a RegistrationResponseJSON. */
    create(
      creation: { challenge: string; rp: { id: string }; user: { id: string } },
      overrides: { rpId?: string } = {},
    ) {
      const rpId = overrides.rpId ?? creation.rp.id;
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const jwk = publicKey.export({ format: 'jwk' });
      const cose = new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x!, 'base64url')],
        [-3, Buffer.from(jwk.y!, 'base64url')],
      ]);
      const credentialId = randomBytes(16);
      const authData = Buffer.concat([
        sha256(rpId),
        Buffer.from([flags(0x40)]),
        counterBytes(0),
        Buffer.alloc(16),
        Buffer.from([0, credentialId.length]),
        credentialId,
        Buffer.from(isoCBOR.encode(cose)),
      ]);
      const attestationObject = isoCBOR.encode(
        new Map<string, string | Map<string, string> | Uint8Array>([
          ['fmt', 'none'],
          ['attStmt', new Map<string, string>()],
          ['authData', new Uint8Array(authData)],
        ]),
      );
      const id = credentialId.toString('base64url');
      credentials.set(id, { privateKey, rpId, userHandle: creation.user.id, counter: 0 });
      return {
        id,
        rawId: id,
        type: 'public-key' as const,
        clientExtensionResults: {},
        authenticatorAttachment: 'platform' as const,
        response: {
          clientDataJSON: clientData('webauthn.create', creation.challenge).toString('base64url'),
          attestationObject: Buffer.from(attestationObject).toString('base64url'),
          transports: ['internal'],
        },
      };
    },

    /** navigator.credentials.get(): signs with the first allowed credential, returns an AuthenticationResponseJSON. */
    get(
      request: { challenge: string; rpId: string; allowCredentials?: { id: string }[] },
      overrides: { rpId?: string } = {},
    ) {
      const allowed = request.allowCredentials?.map((item) => item.id) ?? [...credentials.keys()];
      const id = allowed.find((candidate) => credentials.get(candidate)?.rpId === request.rpId);
      const credential = id === undefined ? undefined : credentials.get(id);
      if (!id || !credential) throw new Error('NotAllowedError: no credential for this relying party');
      credential.counter += 1;
      const authData = Buffer.concat([
        sha256(overrides.rpId ?? request.rpId),
        Buffer.from([flags(0)]),
        counterBytes(credential.counter),
      ]);
      const clientDataJSON = clientData('webauthn.get', request.challenge);
      const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), credential.privateKey);
      return {
        id,
        rawId: id,
        type: 'public-key' as const,
        clientExtensionResults: {},
        authenticatorAttachment: 'platform' as const,
        response: {
          clientDataJSON: clientDataJSON.toString('base64url'),
          authenticatorData: authData.toString('base64url'),
          signature: signature.toString('base64url'),
          userHandle: credential.userHandle,
        },
      };
    },
  };
}

function sha256(data: string | Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

function counterBytes(counter: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(counter);
  return bytes;
}
