import { describe, expect, it } from 'vitest';
import { createRegistrationOptions } from '../../../pool/webauthn/create-registration-options';
import { verifyPasskeyRegistration } from '../../../pool/webauthn/verify-passkey-registration';
import { makeUser } from './make-user';
import { createSoftwareAuthenticator } from './software-authenticator';

const challenge = Buffer.from('registration-challenge-0123456789').toString('base64url');

function setup(origin = 'http://localhost:4173') {
  const user = makeUser();
  const options = createRegistrationOptions({
    user,
    rpId: 'localhost',
    rpName: 'local pool',
    challenge,
    userVerification: 'required',
  });
  return { user, options, authenticator: createSoftwareAuthenticator({ origin }) };
}

function verify(credential: unknown, overrides: { expectedChallenge?: string } = {}) {
  return verifyPasskeyRegistration({
    credential,
    expectedChallenge: overrides.expectedChallenge ?? challenge,
    rpId: 'localhost',
    userVerification: 'required',
    now: 1_000,
  });
}

describe('verifyPasskeyRegistration', () => {
  it('stores id, public key, counter, transports and attachment of a none-attestation passkey', async () => {
    const { options, authenticator } = setup();
    const credential = authenticator.create(options);
    const record = await verify(credential);
    expect(record).toMatchObject({
      credentialId: credential.id,
      counter: 0,
      relyingPartyId: 'localhost',
      transports: ['internal'],
      authenticatorAttachment: 'platform',
      createdAt: 1_000,
    });
    expect(Buffer.from(record.publicKey, 'base64url').length).toBeGreaterThan(64);
  });

  it('refuses a response to another challenge with WebAuthnChallengeNotFoundException', async () => {
    const { options, authenticator } = setup();
    const credential = authenticator.create(options);
    const other = Buffer.from('another-challenge').toString('base64url');
    await expect(verify(credential, { expectedChallenge: other })).rejects.toMatchObject({
      type: 'WebAuthnChallengeNotFoundException',
    });
  });

  it('refuses a foreign origin with WebAuthnOriginNotAllowedException', async () => {
    const { options, authenticator } = setup('https://evil.example');
    await expect(verify(authenticator.create(options))).rejects.toMatchObject({
      type: 'WebAuthnOriginNotAllowedException',
    });
  });

  it('refuses a passkey made for another RP id with WebAuthnRelyingPartyMismatchException', async () => {
    const { options, authenticator } = setup();
    await expect(verify(authenticator.create(options, { rpId: 'example.com' }))).rejects.toMatchObject({
      type: 'WebAuthnRelyingPartyMismatchException',
    });
  });

  it('refuses an authenticator without user verification when the pool requires it', async () => {
    const { options, authenticator } = setup();
    authenticator.state.userVerified = false;
    await expect(verify(authenticator.create(options))).rejects.toMatchObject({
      type: 'WebAuthnCredentialNotSupportedException',
    });
  });

  it('refuses malformed credentials with InvalidParameterException', async () => {
    await expect(verify({ id: 'x' })).rejects.toMatchObject({ type: 'InvalidParameterException' });
    await expect(verify('{not json')).rejects.toMatchObject({ type: 'InvalidParameterException' });
    const { options, authenticator } = setup();
    const credential = authenticator.create(options);
    credential.response.attestationObject = 'AAAA';
    await expect(verify(credential)).rejects.toMatchObject({ type: 'InvalidParameterException' });
  });
});
