import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SidekeyError } from '../../../core/errors/sidekey-error';
import type { TestPool } from '../../pool/support/test-pool';
import { createSoftwareAuthenticator } from '../../pool/webauthn/software-authenticator';
import { startPasskeyTestPool } from '../../pool/webauthn/start-passkey-test-pool';
import { createPoolAuthClient } from './pool-auth-client';

type Authenticator = ReturnType<typeof createSoftwareAuthenticator>;
let pool: TestPool;
beforeAll(async () => {
  pool = await startPasskeyTestPool();
});
afterAll(() => pool.stop());

/** The passkey port backed by a software authenticator, counting ceremonies. */
function portFor(authenticator: Authenticator) {
  const calls = { get: 0, create: 0 };
  return {
    calls,
    passkeys: {
      get: async (options: Record<string, unknown>) => {
        calls.get += 1;
        return authenticator.get(options as Parameters<Authenticator['get']>[0]) as unknown as Record<string, unknown>;
      },
      create: async (options: Record<string, unknown>) => {
        calls.create += 1;
        return authenticator.create(options as Parameters<Authenticator['create']>[0]) as unknown as Record<
          string,
          unknown
        >;
      },
    },
  };
}

describe('passkeys through the port against the local pool', () => {
  const authenticator = createSoftwareAuthenticator({ origin: 'http://localhost:5173' });

  it('registers a passkey, lists it, signs in with it inside signIn and after choosing it, then deletes it', async () => {
    const { passkeys, calls } = portFor(authenticator);
    const { auth, sent } = createPoolAuthClient(pool, { passkeys });
    await auth.signIn({ username: 'pia', password: 'Passw0rd!' });
    await auth.associateWebAuthnCredential();
    expect(calls.create).toBe(1);
    const { credentials } = await auth.listWebAuthnCredentials();
    expect(credentials).toHaveLength(1);
    expect(credentials[0]).toMatchObject({ relyingPartyId: 'localhost', createdAt: expect.any(Date) });
    await auth.signOut();

    const direct = await auth.signIn({
      username: 'pia',
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' },
    });
    expect(direct).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    await auth.signOut();

    const offered = await auth.signIn({ username: 'pia', options: { authFlowType: 'USER_AUTH' } });
    expect(offered.nextStep).toMatchObject({
      signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
      availableChallenges: expect.arrayContaining(['WEB_AUTHN']),
    });
    expect(await auth.confirmSignIn({ challengeResponse: 'WEB_AUTHN' })).toEqual({
      isSignedIn: true,
      nextStep: { signInStep: 'DONE' },
    });
    expect(calls.get).toBe(2);
    const answers = sent.filter(
      (request) => request.operation === 'RespondToAuthChallenge' && request.body.ChallengeName === 'WEB_AUTHN',
    );
    expect(
      answers.every(
        (request) => typeof (request.body.ChallengeResponses as Record<string, unknown>).CREDENTIAL === 'string',
      ),
    ).toBe(true);

    await auth.deleteWebAuthnCredential({ credentialId: credentials[0]!.credentialId! });
    expect((await auth.listWebAuthnCredentials()).credentials).toEqual([]);
  });

  it('lets the user pick another factor after a cancelled ceremony', async () => {
    const { passkeys } = portFor(authenticator);
    const owner = createPoolAuthClient(pool, { passkeys }).auth;
    await owner.signIn({ username: 'pia', password: 'Passw0rd!' });
    await owner.associateWebAuthnCredential();
    await owner.signOut();

    const cancelled = new SidekeyError({
      code: 'PasskeyAuthenticationCanceled',
      message: 'The passkey ceremony was cancelled.',
    });
    const { auth } = createPoolAuthClient(pool, {
      passkeys: {
        get: async () => {
          throw cancelled;
        },
        create: async () => ({}),
      },
    });
    await auth.signIn({ username: 'pia', options: { authFlowType: 'USER_AUTH' } });
    await expect(auth.confirmSignIn({ challengeResponse: 'WEB_AUTHN' })).rejects.toBe(cancelled);
    expect((await auth.confirmSignIn({ challengeResponse: 'PASSWORD' })).nextStep.signInStep).toBe(
      'CONFIRM_SIGN_IN_WITH_PASSWORD',
    );
    expect((await auth.confirmSignIn({ challengeResponse: 'Passw0rd!' })).nextStep.signInStep).toBe('DONE');
  });

  it('refuses a passkey sign-in with PasskeyNotSupported when no port is configured', async () => {
    const { auth } = createPoolAuthClient(pool);
    await expect(
      auth.signIn({ username: 'pia', options: { authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' } }),
    ).rejects.toMatchObject({
      code: 'PasskeyNotSupported',
    });
    await auth.signIn({ username: 'pia', password: 'Passw0rd!' });
    await expect(auth.associateWebAuthnCredential()).rejects.toMatchObject({ code: 'PasskeyNotSupported' });
  });
});
