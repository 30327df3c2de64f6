import { beforeEach, describe, expect, it } from 'vitest';
import type { PoolUser } from '../../../pool/state/types';
import { createRegistrationOptions } from '../../../pool/webauthn/create-registration-options';
import { createRequestOptions } from '../../../pool/webauthn/create-request-options';
import { verifyPasskeyAssertion } from '../../../pool/webauthn/verify-passkey-assertion';
import { verifyPasskeyRegistration } from '../../../pool/webauthn/verify-passkey-registration';
import { makeUser } from './make-user';
import { createSoftwareAuthenticator } from './software-authenticator';

const b64 = (text: string) => Buffer.from(text).toString('base64url');

describe('verifyPasskeyAssertion', () => {
  let user: PoolUser;
  let authenticator: ReturnType<typeof createSoftwareAuthenticator>;

  beforeEach(async () => {
    user = makeUser();
    authenticator = createSoftwareAuthenticator({ origin: 'http://localhost:4173' });
    const creation = createRegistrationOptions({
      user,
      rpId: 'localhost',
      rpName: 'local',
      challenge: b64('reg'),
      userVerification: 'required',
    });
    const record = await verifyPasskeyRegistration({
      credential: authenticator.create(creation),
      expectedChallenge: b64('reg'),
      rpId: 'localhost',
      userVerification: 'required',
      now: 0,
    });
    user.webAuthnCredentials.push(record);
  });

  function requestOptions(challenge: string) {
    return createRequestOptions({ user, rpId: 'localhost', challenge, userVerification: 'required' });
  }

  function verify(credential: unknown, expectedChallenge: string) {
    return verifyPasskeyAssertion({
      credential: JSON.stringify(credential),
      user,
      expectedChallenge,
      rpId: 'localhost',
      userVerification: 'required',
      now: 5_000,
    });
  }

  it('lists the user passkeys as allowCredentials', () => {
    const options = requestOptions(b64('c1'));
    expect(options).toMatchObject({ challenge: b64('c1'), rpId: 'localhost', userVerification: 'required' });
    expect(options.allowCredentials).toEqual([
      { id: user.webAuthnCredentials[0]!.credentialId, type: 'public-key', transports: ['internal'] },
    ]);
  });

  it('accepts a fresh assertion and raises the stored counter', async () => {
    const record = await verify(authenticator.get(requestOptions(b64('c1'))), b64('c1'));
    expect(record.counter).toBe(1);
    expect(user.webAuthnCredentials[0]!.counter).toBe(1);
    expect(user.webAuthnCredentials[0]!.lastUsedAt).toBe(5_000);
  });

  it('refuses an assertion signed for another challenge', async () => {
    const assertion = authenticator.get(requestOptions(b64('old')));
    await expect(verify(assertion, b64('new'))).rejects.toMatchObject({ type: 'NotAuthorizedException' });
  });

  it('refuses a replayed assertion once the counter has moved on', async () => {
    const assertion = authenticator.get(requestOptions(b64('c1')));
    await verify(assertion, b64('c1'));
    await expect(verify(assertion, b64('c1'))).rejects.toMatchObject({ type: 'NotAuthorizedException' });
  });

  it('refuses an assertion from a foreign origin with WebAuthnOriginNotAllowedException', async () => {
    authenticator.state.origin = 'https://evil.example';
    const assertion = authenticator.get(requestOptions(b64('c1')));
    await expect(verify(assertion, b64('c1'))).rejects.toMatchObject({ type: 'WebAuthnOriginNotAllowedException' });
    expect(user.webAuthnCredentials[0]!.counter).toBe(0);
  });

  it('refuses an assertion made in an extension page, Sidekey’s own included, with WebAuthnOriginNotAllowedException', async () => {
    for (const origin of [
      'chrome-extension://npbmcjcmafkjbchncmpemdbkmagoobec',
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
    ]) {
      authenticator.state.origin = origin;
      const assertion = authenticator.get(requestOptions(b64('c1')));
      await expect(verify(assertion, b64('c1'))).rejects.toMatchObject({
        type: 'WebAuthnOriginNotAllowedException',
      });
    }
  });

  it('refuses an assertion whose rpIdHash is for another RP with WebAuthnRelyingPartyMismatchException', async () => {
    const assertion = authenticator.get(requestOptions(b64('c1')), { rpId: 'example.com' });
    await expect(verify(assertion, b64('c1'))).rejects.toMatchObject({
      type: 'WebAuthnRelyingPartyMismatchException',
    });
    expect(user.webAuthnCredentials[0]!.counter).toBe(0);
  });

  it('refuses an assertion without user verification when the pool requires it', async () => {
    authenticator.state.userVerified = false;
    const assertion = authenticator.get(requestOptions(b64('c1')));
    await expect(verify(assertion, b64('c1'))).rejects.toMatchObject({ type: 'NotAuthorizedException' });
  });

  it('refuses a tampered signature and leaves the counter as it was', async () => {
    const assertion = authenticator.get(requestOptions(b64('c1')));
    assertion.response.signature = Buffer.from('garbage-signature-bytes').toString('base64url');
    await expect(verify(assertion, b64('c1'))).rejects.toMatchObject({ type: 'NotAuthorizedException' });
    expect(user.webAuthnCredentials[0]!.counter).toBe(0);
  });

  it('refuses a credential the user does not own and malformed answers', async () => {
    const assertion = authenticator.get(requestOptions(b64('c1')));
    await expect(verify({ ...assertion, id: 'AAAA', rawId: 'AAAA' }, b64('c1'))).rejects.toMatchObject({
      type: 'NotAuthorizedException',
    });
    await expect(
      verifyPasskeyAssertion({
        credential: '{"id":',
        user,
        expectedChallenge: b64('c1'),
        rpId: 'localhost',
        userVerification: 'required',
        now: 0,
      }),
    ).rejects.toMatchObject({ type: 'InvalidParameterException' });
  });
});
