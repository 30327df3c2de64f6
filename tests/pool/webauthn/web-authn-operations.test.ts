import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningPool } from '../../../pool/start-pool';
import { accessTokenFor, callPool, otherClientId, passkeySeed, poolId, startPool } from './passkey-pool';
import { createSoftwareAuthenticator } from './software-authenticator';

describe('passkey operations over HTTP', () => {
  let pool: RunningPool;
  let token: string;
  let authenticator: ReturnType<typeof createSoftwareAuthenticator>;

  beforeEach(async () => {
    pool = await startPool({ seed: passkeySeed() });
    token = accessTokenFor(pool);
    authenticator = createSoftwareAuthenticator({ origin: 'http://localhost:5173' });
  });
  afterEach(() => pool.stop());

  async function register(): Promise<string> {
    const start = await callPool(pool, 'StartWebAuthnRegistration', { AccessToken: token });
    const options = start.body.CredentialCreationOptions as Parameters<typeof authenticator.create>[0];
    const credential = authenticator.create(options);
    const complete = await callPool(pool, 'CompleteWebAuthnRegistration', {
      AccessToken: token,
      Credential: credential,
    });
    expect(complete).toEqual({ status: 200, body: {} });
    return credential.id;
  }

  it('returns creation options for the pool RP with the user and UV requirement', async () => {
    const { status, body } = await callPool(pool, 'StartWebAuthnRegistration', { AccessToken: token });
    expect(status).toBe(200);
    expect(body.CredentialCreationOptions).toMatchObject({
      rp: { id: 'localhost', name: 'passkeys' },
      user: { name: 'alice', displayName: 'alice@example.com' },
      pubKeyCredParams: [
        { alg: -7, type: 'public-key' },
        { alg: -257, type: 'public-key' },
      ],
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      excludeCredentials: [],
    });
    expect((body.CredentialCreationOptions as { challenge: string }).challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('registers a passkey, lists it in Cognito shape and excludes it from the next registration', async () => {
    const id = await register();
    const list = await callPool(pool, 'ListWebAuthnCredentials', { AccessToken: token });
    expect(list.status).toBe(200);
    expect(list.body.Credentials).toEqual([
      {
        CredentialId: id,
        FriendlyCredentialName: 'Passkey',
        RelyingPartyId: 'localhost',
        AuthenticatorAttachment: 'platform',
        AuthenticatorTransports: ['internal'],
        CreatedAt: expect.any(Number),
      },
    ]);
    expect(list.body.NextToken).toBeUndefined();
    const again = await callPool(pool, 'StartWebAuthnRegistration', { AccessToken: token });
    expect(again.body.CredentialCreationOptions).toMatchObject({
      excludeCredentials: [{ id, type: 'public-key', transports: ['internal'] }],
    });
  });

  it('pages the list with MaxResults and NextToken', async () => {
    const first = await register();
    const second = await register();
    const page1 = await callPool(pool, 'ListWebAuthnCredentials', { AccessToken: token, MaxResults: 1 });
    expect((page1.body.Credentials as { CredentialId: string }[]).map((item) => item.CredentialId)).toEqual([first]);
    const page2 = await callPool(pool, 'ListWebAuthnCredentials', {
      AccessToken: token,
      MaxResults: 1,
      NextToken: page1.body.NextToken,
    });
    expect((page2.body.Credentials as { CredentialId: string }[]).map((item) => item.CredentialId)).toEqual([second]);
    expect(page2.body.NextToken).toBeUndefined();
    const bad = await callPool(pool, 'ListWebAuthnCredentials', { AccessToken: token, NextToken: 'garbage' });
    expect(bad.body.__type).toBe('InvalidParameterException');
  });

  it('deletes a passkey and reports an unknown id as ResourceNotFoundException', async () => {
    const id = await register();
    expect(await callPool(pool, 'DeleteWebAuthnCredential', { AccessToken: token, CredentialId: id })).toEqual({
      status: 200,
      body: {},
    });
    const list = await callPool(pool, 'ListWebAuthnCredentials', { AccessToken: token });
    expect(list.body.Credentials).toEqual([]);
    const missing = await callPool(pool, 'DeleteWebAuthnCredential', { AccessToken: token, CredentialId: id });
    expect(missing).toMatchObject({ status: 400, body: { __type: 'ResourceNotFoundException' } });
  });

  it('uses a registration challenge once: a second completion finds no challenge', async () => {
    const start = await callPool(pool, 'StartWebAuthnRegistration', { AccessToken: token });
    const options = start.body.CredentialCreationOptions as Parameters<typeof authenticator.create>[0];
    const credential = authenticator.create(options);
    await callPool(pool, 'CompleteWebAuthnRegistration', { AccessToken: token, Credential: credential });
    const again = await callPool(pool, 'CompleteWebAuthnRegistration', { AccessToken: token, Credential: credential });
    expect(again.body.__type).toBe('WebAuthnChallengeNotFoundException');
  });

  it('expires a registration challenge after the ceremony timeout', async () => {
    const start = await callPool(pool, 'StartWebAuthnRegistration', { AccessToken: token });
    const credential = authenticator.create(
      start.body.CredentialCreationOptions as Parameters<typeof authenticator.create>[0],
    );
    pool.clock.advance?.(181_000);
    token = accessTokenFor(pool);
    const late = await callPool(pool, 'CompleteWebAuthnRegistration', { AccessToken: token, Credential: credential });
    expect(late.body.__type).toBe('WebAuthnChallengeNotFoundException');
  });

  it('refuses completion with a token of another app client', async () => {
    const start = await callPool(pool, 'StartWebAuthnRegistration', { AccessToken: token });
    const credential = authenticator.create(
      start.body.CredentialCreationOptions as Parameters<typeof authenticator.create>[0],
    );
    const foreign = accessTokenFor(pool, { client: otherClientId });
    const result = await callPool(pool, 'CompleteWebAuthnRegistration', {
      AccessToken: foreign,
      Credential: credential,
    });
    expect(result.body.__type).toBe('WebAuthnClientMismatchException');
  });

  it('refuses a registration made on a foreign origin and stores nothing', async () => {
    authenticator.state.origin = 'https://evil.example';
    const start = await callPool(pool, 'StartWebAuthnRegistration', { AccessToken: token });
    const credential = authenticator.create(
      start.body.CredentialCreationOptions as Parameters<typeof authenticator.create>[0],
    );
    const result = await callPool(pool, 'CompleteWebAuthnRegistration', { AccessToken: token, Credential: credential });
    expect(result.body.__type).toBe('WebAuthnOriginNotAllowedException');
    expect(pool.store.getPool(poolId).users.alice!.webAuthnCredentials).toEqual([]);
  });

  it('refuses a registration made in Sidekey’s extension page with WebAuthnOriginNotAllowedException', async () => {
    authenticator.state.origin = 'chrome-extension://npbmcjcmafkjbchncmpemdbkmagoobec';
    const start = await callPool(pool, 'StartWebAuthnRegistration', { AccessToken: token });
    const credential = authenticator.create(
      start.body.CredentialCreationOptions as Parameters<typeof authenticator.create>[0],
    );
    const result = await callPool(pool, 'CompleteWebAuthnRegistration', { AccessToken: token, Credential: credential });
    expect(result.body.__type).toBe('WebAuthnOriginNotAllowedException');
    expect(pool.store.getPool(poolId).users.alice!.webAuthnCredentials).toEqual([]);
  });

  it('refuses a passkey whose rpIdHash names another relying party with WebAuthnRelyingPartyMismatchException', async () => {
    const start = await callPool(pool, 'StartWebAuthnRegistration', { AccessToken: token });
    const credential = authenticator.create(
      start.body.CredentialCreationOptions as Parameters<typeof authenticator.create>[0],
      { rpId: 'example.com' },
    );
    const result = await callPool(pool, 'CompleteWebAuthnRegistration', { AccessToken: token, Credential: credential });
    expect(result.body.__type).toBe('WebAuthnRelyingPartyMismatchException');
    expect(pool.store.getPool(poolId).users.alice!.webAuthnCredentials).toEqual([]);
  });

  it('refuses everything without a valid access token', async () => {
    const result = await callPool(pool, 'StartWebAuthnRegistration', { AccessToken: 'not-a-token' });
    expect(result).toMatchObject({ status: 400, body: { __type: 'NotAuthorizedException' } });
  });
});

describe('passkey operations in a pool without passkeys', () => {
  it('refuses registration with WebAuthnNotEnabledException', async () => {
    const pool = await startPool({ seed: passkeySeed({ firstFactors: ['PASSWORD'] }) });
    try {
      const result = await callPool(pool, 'StartWebAuthnRegistration', { AccessToken: accessTokenFor(pool) });
      expect(result).toMatchObject({ status: 400, body: { __type: 'WebAuthnNotEnabledException' } });
    } finally {
      await pool.stop();
    }
  });
});

describe('passkey operations in a pool whose relying party id is a real domain', () => {
  it('refuses a registration made on http://localhost, which only the relying party id localhost admits', async () => {
    const pool = await startPool({ seed: passkeySeed({ rpId: 'example.com' }) });
    try {
      const token = accessTokenFor(pool);
      const start = await callPool(pool, 'StartWebAuthnRegistration', { AccessToken: token });
      const options = start.body.CredentialCreationOptions as {
        challenge: string;
        rp: { id: string };
        user: { id: string };
      };
      expect(options.rp.id).toBe('example.com');
      const localhost = createSoftwareAuthenticator({ origin: 'http://localhost:5173' });
      const refused = await callPool(pool, 'CompleteWebAuthnRegistration', {
        AccessToken: token,
        Credential: localhost.create(options),
      });
      expect(refused.body.__type).toBe('WebAuthnOriginNotAllowedException');

      const again = await callPool(pool, 'StartWebAuthnRegistration', { AccessToken: token });
      const onSite = createSoftwareAuthenticator({ origin: 'https://login.example.com' });
      const accepted = await callPool(pool, 'CompleteWebAuthnRegistration', {
        AccessToken: token,
        Credential: onSite.create(again.body.CredentialCreationOptions as typeof options),
      });
      expect(accepted).toEqual({ status: 200, body: {} });
      expect(pool.store.getPool(poolId).users.alice!.webAuthnCredentials).toHaveLength(1);
    } finally {
      await pool.stop();
    }
  });
});
