import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../../../core/messages/create-router';
import { createPasskeyRelay } from '../../../../core/passkeys/create-passkey-relay';
import type { PasskeyCeremonyRequest } from '../../../../core/passkeys/passkey-ceremony';
import { createFactorPreferences } from '../../../../core/preferences/create-factor-preferences';
import { createEngineRegistry } from '../../../../core/profiles/create-engine-registry';
import { createProfileStore } from '../../../../core/profiles/create-profile-store';
import { authHandlers } from '../../../../core/profiles/handlers/auth-handlers';
import { passkeyHandlers } from '../../../../core/profiles/handlers/passkey-handlers';
import { profileHandlers } from '../../../../core/profiles/handlers/profile-handlers';
import type { TestPool } from '../../../pool/support/test-pool';
import { createSoftwareAuthenticator } from '../../../pool/webauthn/software-authenticator';
import { startPasskeyTestPool } from '../../../pool/webauthn/start-passkey-test-pool';
import { createMemoryStorage } from '../../auth/memory-storage';
import { extensionId, extensionOrigin, popup } from '../../messages/extension-senders';
import { memoryArea } from '../../storage/memory-area';

const SITE = 'http://localhost:5173';

let pool: TestPool;
beforeAll(async () => {
  pool = await startPasskeyTestPool();
});
afterAll(() => pool.stop());

/**
 * A worker whose passkey port is the real relay over tabs that run the ceremony on a software authenticator, as
 * the page on `pageOrigin` would (the origin it writes into clientDataJSON is that page's).
 */
function startWorker(options: { pageOrigin: string; now: () => number }) {
  const authenticator = createSoftwareAuthenticator({ origin: options.pageOrigin });
  const storages = new Map<string, ReturnType<typeof createMemoryStorage>>();
  const profiles = createProfileStore({ area: memoryArea(), now: options.now, newId: () => 'demo' });
  const engines = createEngineRegistry({
    profiles,
    platform: {
      clock: options.now,
      storageFor: (profileId) =>
        storages.get(profileId) ?? storages.set(profileId, createMemoryStorage()).get(profileId)!,
      passkeysFor: (site) =>
        createPasskeyRelay({
          ...site,
          tabs: {
            find: async (origins) => (origins.includes(SITE) ? [1] : []),
            open: async () => 2,
            focus: async () => undefined,
            run: async (_tabId, request: PasskeyCeremonyRequest) => ({
              ok: true,
              origin: SITE,
              credential: (request.kind === 'get'
                ? authenticator.get(request.options as never)
                : authenticator.create(request.options as never)) as unknown as Record<string, unknown>,
            }),
          },
        }),
    },
  });
  const route = createRouter({
    extensionId,
    extensionOrigin,
    context: { profiles, engines, preferences: createFactorPreferences({ area: memoryArea(), now: options.now }) },
    handlers: { ...profileHandlers, ...authHandlers, ...passkeyHandlers },
  });
  return (type: string, input?: unknown) => route({ type, input }, popup);
}

async function addPool(send: ReturnType<typeof startWorker>, origins: string[]) {
  const added = await send('profiles.add', {
    label: 'Demo',
    userPoolId: pool.poolId,
    userPoolClientId: pool.clientId,
    userPoolEndpoint: pool.url,
    origins,
  });
  expect(added).toMatchObject({ ok: true });
}

describe('passkey handlers', () => {
  it('register a passkey on the pool’s site, list it, sign in with it (last use recorded), and delete it', async () => {
    let now = Date.now();
    const send = startWorker({ pageOrigin: SITE, now: () => now });
    await addPool(send, [SITE]);
    expect(await send('auth.signIn', { profileId: 'demo', username: 'pia', password: 'Passw0rd!' })).toMatchObject({
      ok: true,
      data: { isSignedIn: true },
    });
    expect(await send('auth.listPasskeys', { profileId: 'demo' })).toEqual({ ok: true, data: [] });
    expect(await send('auth.registerPasskey', { profileId: 'demo' })).toMatchObject({ ok: true });
    const listed = await send('auth.listPasskeys', { profileId: 'demo' });
    expect(listed).toMatchObject({
      ok: true,
      data: [{ name: expect.any(String), relyingPartyId: 'localhost', createdAt: expect.any(Number) }],
    });
    const [passkey] = (listed as { data: Array<{ credentialId: string; lastUsedAt?: number }> }).data;
    expect(passkey!.lastUsedAt).toBeUndefined();

    expect(await send('auth.signOut', { profileId: 'demo' })).toMatchObject({ ok: true });
    now += 60_000;
    const signedIn = await send('auth.signIn', {
      profileId: 'demo',
      username: 'pia',
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' },
    });
    expect(signedIn).toMatchObject({ ok: true, data: { isSignedIn: true, nextStep: { signInStep: 'DONE' } } });
    expect(await send('auth.listPasskeys', { profileId: 'demo' })).toMatchObject({
      ok: true,
      data: [{ credentialId: passkey!.credentialId, lastUsedAt: now }],
    });

    expect(await send('auth.deletePasskey', { profileId: 'demo', credentialId: passkey!.credentialId })).toMatchObject({
      ok: true,
    });
    expect(await send('auth.listPasskeys', { profileId: 'demo' })).toEqual({ ok: true, data: [] });
    expect(await send('auth.deletePasskey', { profileId: 'demo', credentialId: passkey!.credentialId })).toMatchObject({
      ok: false,
      code: 'ResourceNotFoundException',
    });
  });

  it('refuse a registration when none of the pool’s sites is on its relying-party id, adding nothing', async () => {
    // Pinned before any tab is looked for (docs/security.md §3.3).
    const send = startWorker({ pageOrigin: SITE, now: () => Date.now() });
    await addPool(send, ['https://example.com']);
    await send('auth.signIn', { profileId: 'demo', username: 'pia', password: 'Passw0rd!' });
    expect(await send('auth.registerPasskey', { profileId: 'demo' })).toMatchObject({
      ok: false,
      code: 'RelyingPartyMismatch',
    });
    expect(await send('auth.listPasskeys', { profileId: 'demo' })).toEqual({ ok: true, data: [] });
    await send('auth.signOut', { profileId: 'demo' });
  });

  it('pass on the pool’s refusal of a credential made on another origin (never the extension’s own)', async () => {
    const send = startWorker({ pageOrigin: extensionOrigin.slice(0, -1), now: () => Date.now() });
    await addPool(send, [SITE]);
    await send('auth.signIn', { profileId: 'demo', username: 'pia', password: 'Passw0rd!' });
    expect(await send('auth.registerPasskey', { profileId: 'demo' })).toMatchObject({
      ok: false,
      code: 'WebAuthnOriginNotAllowedException',
    });
    expect(await send('auth.listPasskeys', { profileId: 'demo' })).toEqual({ ok: true, data: [] });
    await send('auth.signOut', { profileId: 'demo' });
  });

  it('refuse bad input and answer only when signed in', async () => {
    const send = startWorker({ pageOrigin: SITE, now: () => Date.now() });
    await addPool(send, [SITE]);
    expect(await send('auth.deletePasskey', { profileId: 'demo' })).toMatchObject({ ok: false, code: 'BadMessage' });
    expect(await send('auth.listPasskeys', { profileId: 'demo' })).toMatchObject({
      ok: false,
      code: 'UserUnAuthenticatedException',
    });
  });
});
