import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../../../core/messages/create-router';
import { createEngineRegistry } from '../../../../core/profiles/create-engine-registry';
import { createProfileStore } from '../../../../core/profiles/create-profile-store';
import { authHandlers } from '../../../../core/profiles/handlers/auth-handlers';
import { profileHandlers } from '../../../../core/profiles/handlers/profile-handlers';
import { isSessionKey } from '../../../../core/profiles/is-session-key';
import { createAreaStorage } from '../../../../core/storage/create-area-storage';
import { createRoutedStorage } from '../../../../core/storage/create-routed-storage';
import { startTestPool, type TestPool } from '../../../pool/support/test-pool';
import { totpNow } from '../../../pool/support/totp-now';
import { memoryArea } from '../../storage/memory-area';
import { memoryStorageArea } from '../memory-storage-area';

const extensionId = 'npbmcjcmafkjbchncmpemdbkmagoobec';
const extensionOrigin = `chrome-extension://${extensionId}/`;
const popup = { id: extensionId, url: `${extensionOrigin}popup.html` };
const contentScript = { id: extensionId, url: 'http://localhost:5173/', tab: { id: 3 } };

let pool: TestPool;

beforeAll(async () => {
  pool = await startTestPool({
    mfa: { configuration: 'ON', totp: true },
    users: [{ username: 'tess', password: 'Correct-horse-1' }],
  });
});
afterAll(() => pool.stop());

/** A worker as the background builds it, over storage areas that outlive it (as browser.storage does). */
function startWorker(areas: {
  local: ReturnType<typeof memoryArea>;
  session: ReturnType<typeof memoryArea>;
  profiles: ReturnType<typeof memoryStorageArea>;
}) {
  const profiles = createProfileStore({ area: areas.profiles, now: () => Date.now(), newId: () => 'demo' });
  const engines = createEngineRegistry({
    profiles,
    platform: {
      storageFor: (profileId) =>
        createRoutedStorage({
          session: createAreaStorage({ area: areas.session, prefix: `sidekey.auth.${profileId}.` }),
          persistent: createAreaStorage({ area: areas.local, prefix: `sidekey.auth.${profileId}.` }),
          isSessionKey,
        }),
    },
  });
  return createRouter({
    extensionId,
    extensionOrigin,
    context: { profiles, engines },
    handlers: { ...profileHandlers, ...authHandlers },
  });
}

describe('auth handlers', () => {
  it('sign a user in through TOTP setup across a worker restart, then out', async () => {
    const areas = { local: memoryArea(), session: memoryArea(), profiles: memoryStorageArea() };
    const firstWorker = startWorker(areas);
    const added = await firstWorker(
      {
        type: 'profiles.add',
        input: { label: 'Demo', userPoolId: pool.poolId, userPoolClientId: pool.clientId, userPoolEndpoint: pool.url },
      },
      popup,
    );
    expect(added).toMatchObject({ ok: true, data: { id: 'demo' } });

    const started = await firstWorker(
      { type: 'auth.signIn', input: { profileId: 'demo', username: 'tess', password: 'Correct-horse-1' } },
      popup,
    );
    expect(started).toMatchObject({
      ok: true,
      data: { isSignedIn: false, nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' } },
    });
    const { totpSetupDetails } = (
      started as { data: { nextStep: { totpSetupDetails: { sharedSecret: string; setupUri: string } } } }
    ).data.nextStep;
    expect(totpSetupDetails.setupUri).toBe(
      `otpauth://totp/Demo:tess?secret=${totpSetupDetails.sharedSecret}&issuer=Demo`,
    );
    expect([...areas.session.data.keys()].some((key) => key.includes('CognitoSignInState'))).toBe(true);

    const secondWorker = startWorker(areas); // the service worker was stopped and woke again
    const wrong = await secondWorker(
      { type: 'auth.confirmSignIn', input: { profileId: 'demo', challengeResponse: '000000' } },
      popup,
    );
    expect(wrong).toMatchObject({ ok: false });
    const code = totpNow(pool, totpSetupDetails.sharedSecret);
    const done = await secondWorker(
      { type: 'auth.confirmSignIn', input: { profileId: 'demo', challengeResponse: code } },
      popup,
    );
    expect(done).toEqual({ ok: true, data: { isSignedIn: true, nextStep: { signInStep: 'DONE' } } });

    const session = await secondWorker({ type: 'auth.session', input: { profileId: 'demo' } }, popup);
    expect(session).toMatchObject({ ok: true, data: { signedIn: true, username: 'tess' } });
    expect([...areas.local.data.keys()].some((key) => key.endsWith('.accessToken'))).toBe(true);

    expect(await secondWorker({ type: 'auth.signOut', input: { profileId: 'demo' } }, popup)).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await secondWorker({ type: 'auth.session', input: { profileId: 'demo' } }, popup)).toEqual({
      ok: true,
      data: { signedIn: false },
    });
  });

  it('refuses sign-in requests from web pages and malformed input', async () => {
    const route = startWorker({ local: memoryArea(), session: memoryArea(), profiles: memoryStorageArea() });
    const input = { profileId: 'demo', username: 'tess', password: 'x' };
    expect(await route({ type: 'auth.signIn', input }, contentScript)).toMatchObject({
      ok: false,
      code: 'ForbiddenSender',
    });
    expect(
      await route({ type: 'auth.signIn', input: { ...input, options: { authFlowType: 'ADMIN' } } }, popup),
    ).toMatchObject({
      ok: false,
      code: 'BadMessage',
    });
    expect(await route({ type: 'auth.signIn', input }, popup)).toMatchObject({ ok: false, code: 'ProfileNotFound' });
  });

  it("maps a wrong password to Cognito's error name", async () => {
    const areas = { local: memoryArea(), session: memoryArea(), profiles: memoryStorageArea() };
    const route = startWorker(areas);
    await route(
      {
        type: 'profiles.add',
        input: { userPoolId: pool.poolId, userPoolClientId: pool.clientId, userPoolEndpoint: pool.url },
      },
      popup,
    );
    const reply = await route(
      { type: 'auth.signIn', input: { profileId: 'demo', username: 'tess', password: 'wrong-Pass-1' } },
      popup,
    );
    expect(reply).toMatchObject({ ok: false, code: 'NotAuthorizedException' });
  });
});
