import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningPool } from '../../../pool/start-pool';
import { accessTokenFor, callPool, clientId, passkeySeed, poolId, startPool } from './passkey-pool';
import { createSoftwareAuthenticator } from './software-authenticator';

type RequestOptions = Parameters<ReturnType<typeof createSoftwareAuthenticator>['get']>[0];

describe('USER_AUTH sign-in with a passkey over HTTP', () => {
  let pool: RunningPool;
  let authenticator: ReturnType<typeof createSoftwareAuthenticator>;

  beforeEach(async () => {
    pool = await startPool({ seed: passkeySeed() });
    authenticator = createSoftwareAuthenticator({ origin: 'http://localhost:5173' });
    const token = accessTokenFor(pool);
    const start = await callPool(pool, 'StartWebAuthnRegistration', { AccessToken: token });
    const credential = authenticator.create(
      start.body.CredentialCreationOptions as Parameters<typeof authenticator.create>[0],
    );
    const complete = await callPool(pool, 'CompleteWebAuthnRegistration', {
      AccessToken: token,
      Credential: credential,
    });
    expect(complete.status).toBe(200);
  });
  afterEach(() => pool.stop());

  async function webAuthnChallenge() {
    const initiate = await callPool(pool, 'InitiateAuth', {
      AuthFlow: 'USER_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: 'alice', PREFERRED_CHALLENGE: 'WEB_AUTHN' },
    });
    expect(initiate.body.ChallengeName).toBe('WEB_AUTHN');
    const parameters = initiate.body.ChallengeParameters as Record<string, string>;
    return { session: String(initiate.body.Session), options: JSON.parse(parameters.CREDENTIAL_REQUEST_OPTIONS!) };
  }

  function answer(session: string, credential: unknown) {
    return callPool(pool, 'RespondToAuthChallenge', {
      ChallengeName: 'WEB_AUTHN',
      ClientId: clientId,
      Session: session,
      ChallengeResponses: { USERNAME: 'alice', CREDENTIAL: JSON.stringify(credential) },
    });
  }

  it('offers WEB_AUTHN among the available challenges once the user has a passkey', async () => {
    const initiate = await callPool(pool, 'InitiateAuth', {
      AuthFlow: 'USER_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: 'alice' },
    });
    expect(initiate.body.ChallengeName).toBe('SELECT_CHALLENGE');
    expect(initiate.body.AvailableChallenges).toContain('WEB_AUTHN');
  });

  it('sends request options for the pool RP and signs in with the assertion', async () => {
    const { session, options } = await webAuthnChallenge();
    const stored = pool.store.getPool(poolId).users.alice!.webAuthnCredentials[0]!;
    expect(options).toMatchObject({
      rpId: 'localhost',
      userVerification: 'required',
      allowCredentials: [{ id: stored.credentialId, type: 'public-key' }],
    });
    const result = await answer(session, authenticator.get(options as RequestOptions));
    expect(result.status).toBe(200);
    expect(result.body.AuthenticationResult).toMatchObject({ TokenType: 'Bearer' });
    expect(pool.store.getPool(poolId).users.alice!.webAuthnCredentials[0]!.counter).toBe(1);
  });

  it('refuses an assertion for another challenge, a foreign origin, a resent assertion and a spent Session', async () => {
    const first = await webAuthnChallenge();
    const second = await webAuthnChallenge();
    const forFirst = authenticator.get(first.options as RequestOptions);
    const wrongChallenge = await answer(second.session, forFirst);
    expect(wrongChallenge.body.__type).toBe('NotAuthorizedException');

    authenticator.state.origin = 'https://evil.example';
    const third = await webAuthnChallenge();
    const foreign = await answer(third.session, authenticator.get(third.options as RequestOptions));
    expect(foreign.body.__type).toBe('WebAuthnOriginNotAllowedException');

    authenticator.state.origin = 'http://localhost:5173';
    const fourth = await webAuthnChallenge();
    const good = authenticator.get(fourth.options as RequestOptions);
    expect((await answer(fourth.session, good)).status).toBe(200);
    const fifth = await webAuthnChallenge();
    const replayed = { ...good };
    const replay = await answer(fifth.session, replayed);
    expect(replay.body.__type).toBe('NotAuthorizedException');
    const reusedSession = await answer(fourth.session, authenticator.get(fourth.options as RequestOptions));
    expect(reusedSession.body.__type).toBe('NotAuthorizedException');
  });

  it('refuses an assertion made in Sidekey’s extension page with WebAuthnOriginNotAllowedException and signs nobody in', async () => {
    authenticator.state.origin = 'chrome-extension://npbmcjcmafkjbchncmpemdbkmagoobec';
    const { session, options } = await webAuthnChallenge();
    const refused = await answer(session, authenticator.get(options as RequestOptions));
    expect(refused.status).toBe(400);
    expect(refused.body.__type).toBe('WebAuthnOriginNotAllowedException');
    expect(refused.body.AuthenticationResult).toBeUndefined();
    expect(pool.store.getPool(poolId).users.alice!.webAuthnCredentials[0]!.counter).toBe(0);
  });

  it('refuses an assertion whose rpIdHash names another relying party with WebAuthnRelyingPartyMismatchException', async () => {
    const { session, options } = await webAuthnChallenge();
    const refused = await answer(session, authenticator.get(options as RequestOptions, { rpId: 'example.com' }));
    expect(refused.body.__type).toBe('WebAuthnRelyingPartyMismatchException');
    expect(refused.body.AuthenticationResult).toBeUndefined();
  });

  it('stops offering WEB_AUTHN when the pool drops to the Lite tier', async () => {
    pool.store.getPool(poolId).config.UserPoolTier = 'LITE';
    const initiate = await callPool(pool, 'InitiateAuth', {
      AuthFlow: 'USER_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: 'alice' },
    });
    expect(initiate.body.AvailableChallenges).toEqual(['PASSWORD', 'PASSWORD_SRP']);
  });

  it('stops offering WEB_AUTHN once the passkey is deleted', async () => {
    const token = accessTokenFor(pool);
    const [credential] = pool.store.getPool(poolId).users.alice!.webAuthnCredentials;
    await callPool(pool, 'DeleteWebAuthnCredential', { AccessToken: token, CredentialId: credential!.credentialId });
    const initiate = await callPool(pool, 'InitiateAuth', {
      AuthFlow: 'USER_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: 'alice' },
    });
    expect(initiate.body.AvailableChallenges).not.toContain('WEB_AUTHN');
  });
});
