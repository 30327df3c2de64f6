import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError } from '../../../../core/auth/auth-error';
import type { AuthClient, SignInNextStep } from '../../../../core/auth/index';
import { createRouter } from '../../../../core/messages/create-router';
import { createFactorPreferences } from '../../../../core/preferences/create-factor-preferences';
import { createEngineRegistry } from '../../../../core/profiles/create-engine-registry';
import { createEngineStorage, readStoredEngineValues } from '../../../../core/profiles/create-engine-storage';
import { createProfileStore } from '../../../../core/profiles/create-profile-store';
import { createRevocationQueue } from '../../../../core/profiles/create-revocation-queue';
import { authHandlers } from '../../../../core/profiles/handlers/auth-handlers';
import { profileHandlers } from '../../../../core/profiles/handlers/profile-handlers';
import { parsePoolProfileInput } from '../../../../core/profiles/pool-profile';
import { startTestPool, type TestPool } from '../../../pool/support/test-pool';
import { totpNow } from '../../../pool/support/totp-now';
import { extensionId, extensionOrigin, popup } from '../../messages/extension-senders';
import { memoryArea } from '../../storage/memory-area';
import { makeTestVault, PASSPHRASE } from '../../vault/make-test-vault';

const contentScript = { id: extensionId, url: 'http://localhost:5173/', tab: { id: 3 } };

let pool: TestPool;

beforeAll(async () => {
  pool = await startTestPool({
    mfa: { configuration: 'ON', totp: true },
    users: [{ username: 'tess', password: 'Correct-horse-1' }],
  });
});
afterAll(() => pool.stop());

/** Storage that outlives a worker, as browser.storage and IndexedDB do, with a vault that can seal. */
function newAreas() {
  return { local: memoryArea(), session: memoryArea(), profiles: memoryArea(), vault: makeTestVault().vault };
}

/** A worker as the background builds it, over storage areas that outlive it (as browser.storage does). */
function startWorker(areas: ReturnType<typeof newAreas>) {
  const profiles = createProfileStore({ area: areas.profiles, now: () => Date.now(), newId: () => 'demo' });
  const queue = createRevocationQueue({
    area: areas.local,
    sealer: areas.vault,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  });
  const engines = createEngineRegistry({
    profiles,
    platform: {
      storageFor: (profileId) =>
        createEngineStorage({ profileId, local: areas.local, session: areas.session, sealer: areas.vault }),
      retired: { queue, storedFor: (profileId) => readStoredEngineValues({ profileId, local: areas.local }) },
    },
  });
  const route = createRouter({
    extensionId,
    extensionOrigin,
    context: { profiles, engines, preferences: createFactorPreferences({ area: areas.local, now: () => Date.now() }) },
    handlers: { ...profileHandlers, ...authHandlers },
  });
  return Object.assign(route, { engines, queue });
}

/**
 * Signs a new user of the TOTP-required pool in on a fresh worker with a set-up vault, and answers the refresh
 * token as the vault sealed it (opened with the vault's key while it is unlocked).
 */
async function signedInWorker(username: string) {
  const areas = newAreas();
  await areas.vault.setup(PASSPHRASE);
  const route = startWorker(areas);
  await route(
    {
      type: 'profiles.add',
      input: { userPoolId: pool.poolId, userPoolClientId: pool.clientId, userPoolEndpoint: pool.url },
    },
    popup,
  );
  await pool.addUser({ username, password: 'Revoke-me-1' });
  const started = await route(
    { type: 'auth.signIn', input: { profileId: 'demo', username, password: 'Revoke-me-1' } },
    popup,
  );
  expect(started).toMatchObject({ ok: true, data: { nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' } } });
  const secret = (started as { data: { nextStep: { totpSetupDetails: { sharedSecret: string } } } }).data.nextStep
    .totpSetupDetails.sharedSecret;
  const done = await route(
    { type: 'auth.confirmSignIn', input: { profileId: 'demo', challengeResponse: totpNow(pool, secret) } },
    popup,
  );
  expect(done).toMatchObject({ ok: true, data: { isSignedIn: true } });
  const [key, sealed] = [...areas.local.data.entries()].find(([name]) => name.endsWith(`.${username}.refreshToken`))!;
  const refreshToken = await areas.vault.openSecret(sealed as string, key.replace('sidekey.auth.demo.', ''));
  return { areas, route, refreshToken: refreshToken! };
}

/** Whether the pool still takes `refreshToken` for new tokens (REFRESH_TOKEN_AUTH). */
async function refreshWorks(refreshToken: string): Promise<boolean> {
  const reply = await pool.call('InitiateAuth', {
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    ClientId: pool.clientId,
    AuthParameters: { REFRESH_TOKEN: refreshToken },
  });
  return reply.status === 200;
}

/**
 * A worker whose engine is a stand-in waiting at `step` for mia (a factor choice the local pool reaches only for a
 * user with two factors set up), to see what the handlers remember of the person's pick.
 */
async function workerAtStep(step: SignInNextStep, options: { confirmFails?: boolean } = {}) {
  const profiles = createProfileStore({ area: memoryArea(), now: () => 0, newId: () => 'demo' });
  await profiles.add(
    parsePoolProfileInput({
      userPoolId: 'local_Sidekey01',
      userPoolClientId: 'democlient',
      userPoolEndpoint: 'http://localhost:9229/',
    }),
  );
  const engine = {
    signIn: async () => ({ isSignedIn: false, nextStep: step }),
    getPendingSignIn: async () => ({ username: 'mia', nextStep: step }),
    confirmSignIn: async () => {
      if (options.confirmFails) throw new AuthError({ code: 'CodeMismatchException', message: 'Wrong code.' });
      return { isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } };
    },
  } as unknown as AuthClient;
  let clock = 0;
  const preferences = createFactorPreferences({ area: memoryArea(), now: () => (clock += 1) });
  const route = createRouter({
    extensionId,
    extensionOrigin,
    context: { profiles, engines: { engineFor: async () => engine, signOut: () => engine.signOut() }, preferences },
    handlers: { ...authHandlers },
  });
  const preferred = (choice: 'mfa' | 'firstFactor') =>
    preferences.preferred({ scopes: [{ userPoolId: 'local_Sidekey01' }], username: 'mia', choice });
  return { route, preferred };
}

describe('auth handlers', () => {
  it('sign a user in through TOTP setup across a worker restart, then out', async () => {
    const areas = newAreas();
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
    // With no passphrase yet, the tokens are sealed under the local key: the raw areas hold none of them.
    const { idToken, accessToken } = (session as { data: { idToken: string; accessToken: string } }).data;
    const raw = JSON.stringify([...areas.local.data, ...areas.session.data]);
    expect(raw).not.toContain(accessToken);
    expect(raw).not.toContain(idToken);
    expect(raw).not.toMatch(/"eyJ/); // no JWT and no JWE (the refresh token) anywhere
    for (const field of ['accessToken', 'idToken', 'refreshToken']) {
      const stored = [...areas.local.data].find(([key]) => key.endsWith(`.tess.${field}`))?.[1];
      expect(stored).toMatch(/^l1\./);
    }

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
    const route = startWorker(newAreas());
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
      field: 'options.authFlowType',
    });
    expect(await route({ type: 'auth.signIn', input: { ...input, username: '' } }, popup)).toMatchObject({
      ok: false,
      code: 'BadMessage',
      field: 'username',
    });
    expect(await route({ type: 'auth.signIn', input }, popup)).toMatchObject({ ok: false, code: 'ProfileNotFound' });
  });

  it("maps a wrong password to Cognito's error name", async () => {
    const areas = newAreas();
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

  it('seals the refresh token with the vault and needs it unlocked to refresh', async () => {
    const { areas, route } = await signedInWorker('rita');
    const stored = [...areas.local.data.entries()].find(([key]) => key.endsWith('.rita.refreshToken'));
    expect(stored?.[1]).toMatch(/^v1\./);
    expect(
      await route({ type: 'auth.session', input: { profileId: 'demo', forceRefresh: true } }, popup),
    ).toMatchObject({
      ok: true,
      data: { signedIn: true, username: 'rita' },
    });
    await areas.vault.lock();
    expect(await route({ type: 'auth.session', input: { profileId: 'demo', forceRefresh: true } }, popup)).toEqual({
      ok: true,
      data: { signedIn: false },
    });
    await areas.vault.unlock(PASSPHRASE);
    expect(
      await route({ type: 'auth.session', input: { profileId: 'demo', forceRefresh: true } }, popup),
    ).toMatchObject({
      ok: true,
      data: { signedIn: true, username: 'rita' },
    });
  });

  it('revokes the refresh token of a sign-out made while the vault was locked, once the vault is unlocked', async () => {
    const { areas, route, refreshToken } = await signedInWorker('lou');
    await areas.vault.lock();
    expect(await route({ type: 'auth.signOut', input: { profileId: 'demo' } }, popup)).toMatchObject({ ok: true });
    expect([...areas.local.data.keys()].filter((key) => key.endsWith('.lou.refreshToken'))).toEqual([]);
    expect(await route.queue.pending()).toHaveLength(1);
    expect(JSON.stringify([...areas.local.data.values()])).not.toContain(refreshToken); // kept sealed
    expect(await refreshWorks(refreshToken)).toBe(true);

    expect(await route.engines.endRetired()).toEqual({ ended: 0, waiting: 1 }); // still locked
    await areas.vault.unlock(PASSPHRASE);
    expect(await route.engines.endRetired()).toEqual({ ended: 1, waiting: 0 });
    expect(await refreshWorks(refreshToken)).toBe(false);
    expect(await route.queue.pending()).toEqual([]);
  });

  it('revokes the refresh token when the pool is removed, at once when unlocked and after unlocking when locked', async () => {
    const unlocked = await signedInWorker('max');
    await unlocked.route({ type: 'profiles.remove', input: { id: 'demo' } }, popup);
    expect(await refreshWorks(unlocked.refreshToken)).toBe(false);
    expect(await unlocked.route.queue.pending()).toEqual([]);

    const locked = await signedInWorker('ned');
    await locked.areas.vault.lock();
    await locked.route({ type: 'profiles.remove', input: { id: 'demo' } }, popup);
    expect([...locked.areas.local.data.keys()].filter((key) => key.startsWith('sidekey.auth.demo.'))).toEqual([]);
    expect(await locked.route.queue.pending()).toMatchObject([
      { forgetDevice: true, pool: { userPoolId: pool.poolId } },
    ]);
    expect(await refreshWorks(locked.refreshToken)).toBe(true);
    await locked.areas.vault.unlock(PASSPHRASE);
    expect(await locked.route.engines.endRetired()).toEqual({ ended: 1, waiting: 0 });
    expect(await refreshWorks(locked.refreshToken)).toBe(false);
  });

  it('answers the pending sign-in with its TOTP setup URI to a new worker, forgets it on cancelSignIn, and only for extension pages', async () => {
    const areas = newAreas();
    const first = startWorker(areas);
    await first(
      {
        type: 'profiles.add',
        input: { label: 'Demo', userPoolId: pool.poolId, userPoolClientId: pool.clientId, userPoolEndpoint: pool.url },
      },
      popup,
    );
    expect(await first({ type: 'auth.pendingSignIn', input: { profileId: 'demo' } }, popup)).toEqual({
      ok: true,
      data: null,
    });
    await pool.addUser({ username: 'paul', password: 'Pending-sign-1' });
    const started = await first(
      { type: 'auth.signIn', input: { profileId: 'demo', username: 'paul', password: 'Pending-sign-1' } },
      popup,
    );
    const { nextStep } = (started as { data: { nextStep: { totpSetupDetails: { sharedSecret: string } } } }).data;

    const second = startWorker(areas);
    expect(await second({ type: 'auth.pendingSignIn', input: { profileId: 'demo' } }, contentScript)).toMatchObject({
      ok: false,
      code: 'ForbiddenSender',
    });
    expect(await second({ type: 'auth.pendingSignIn', input: {} }, popup)).toMatchObject({
      ok: false,
      code: 'BadMessage',
      field: 'profileId',
    });
    const pending = await second({ type: 'auth.pendingSignIn', input: { profileId: 'demo' } }, popup);
    expect(pending).toEqual({ ok: true, data: { username: 'paul', nextStep } });
    expect(nextStep.totpSetupDetails).toEqual({
      sharedSecret: nextStep.totpSetupDetails.sharedSecret,
      setupUri: `otpauth://totp/Demo:paul?secret=${nextStep.totpSetupDetails.sharedSecret}&issuer=Demo`,
    });

    expect(await second({ type: 'auth.cancelSignIn', input: { profileId: 'demo' } }, contentScript)).toMatchObject({
      ok: false,
      code: 'ForbiddenSender',
    });
    expect(await second({ type: 'auth.cancelSignIn', input: { profileId: 'demo' } }, popup)).toEqual({
      ok: true,
      data: undefined,
    });
    expect([...areas.session.data.keys()].some((key) => key.includes('CognitoSignInState'))).toBe(false);
    expect(await second({ type: 'auth.pendingSignIn', input: { profileId: 'demo' } }, popup)).toEqual({
      ok: true,
      data: null,
    });
  });

  it('remembers the MFA type picked in the popup for the pool account, so its sites preselect it', async () => {
    const { route, preferred } = await workerAtStep({
      signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
      allowedMFATypes: ['TOTP', 'EMAIL'],
    });
    expect(await preferred('mfa')).toBeNull();
    await route({ type: 'auth.confirmSignIn', input: { profileId: 'demo', challengeResponse: 'EMAIL' } }, popup);
    expect(await preferred('mfa')).toBe('EMAIL');
    expect(await preferred('firstFactor')).toBeNull();
  });

  it('remembers the first factor picked in the popup, by choice or with the sign-in itself', async () => {
    const { route, preferred } = await workerAtStep({ signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION' });
    await route(
      {
        type: 'auth.signIn',
        input: {
          profileId: 'demo',
          username: 'mia',
          options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' },
        },
      },
      popup,
    );
    expect(await preferred('firstFactor')).toBe('EMAIL');
    await route({ type: 'auth.confirmSignIn', input: { profileId: 'demo', challengeResponse: 'WEB_AUTHN' } }, popup);
    expect(await preferred('firstFactor')).toBe('PASSKEY');
  });

  it('remembers nothing for an answer that is no factor, one the step does not offer, or one the pool refused', async () => {
    const code = await workerAtStep({ signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' });
    await code.route({ type: 'auth.confirmSignIn', input: { profileId: 'demo', challengeResponse: 'TOTP' } }, popup);
    expect(await code.preferred('mfa')).toBeNull();
    const choice: SignInNextStep = { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', allowedMFATypes: ['TOTP'] };
    const offered = await workerAtStep(choice);
    await offered.route({ type: 'auth.confirmSignIn', input: { profileId: 'demo', challengeResponse: 'SMS' } }, popup);
    expect(await offered.preferred('mfa')).toBeNull();
    const refused = await workerAtStep(choice, { confirmFails: true });
    expect(
      await refused.route(
        { type: 'auth.confirmSignIn', input: { profileId: 'demo', challengeResponse: 'TOTP' } },
        popup,
      ),
    ).toMatchObject({ ok: false, code: 'CodeMismatchException' });
    expect(await refused.preferred('mfa')).toBeNull();
  });

  it('answers the factor this account picked last at the same choice, for the popup to preselect', async () => {
    const choice: SignInNextStep = {
      signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
      allowedMFATypes: ['TOTP', 'EMAIL'],
    };
    const mfa = await workerAtStep(choice);
    const ask = () => mfa.route({ type: 'auth.preferredFactor', input: { profileId: 'demo' } }, popup);
    expect(await ask()).toEqual({ ok: true, data: null });
    await mfa.route({ type: 'auth.confirmSignIn', input: { profileId: 'demo', challengeResponse: 'EMAIL' } }, popup);
    expect(await ask()).toEqual({ ok: true, data: 'EMAIL' });
    expect(
      await mfa.route({ type: 'auth.preferredFactor', input: { profileId: 'demo' } }, contentScript),
    ).toMatchObject({
      ok: false,
    });

    const first = await workerAtStep({
      signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
      availableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP'],
    });
    await first.route(
      { type: 'auth.confirmSignIn', input: { profileId: 'demo', challengeResponse: 'PASSWORD' } },
      popup,
    );
    expect(await first.route({ type: 'auth.preferredFactor', input: { profileId: 'demo' } }, popup)).toEqual({
      ok: true,
      data: 'PASSWORD_SRP',
    });
  });

  it('answers no factor to preselect at a step that is no choice, or for a pick the step does not offer', async () => {
    const code = await workerAtStep({ signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' });
    expect(await code.route({ type: 'auth.preferredFactor', input: { profileId: 'demo' } }, popup)).toEqual({
      ok: true,
      data: null,
    });
    const step = { signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', availableChallenges: ['WEB_AUTHN'] };
    const first = await workerAtStep(step as SignInNextStep);
    await first.route(
      { type: 'auth.confirmSignIn', input: { profileId: 'demo', challengeResponse: 'WEB_AUTHN' } },
      popup,
    );
    expect(await first.preferred('firstFactor')).toBe('PASSKEY');
    // The next sign-in's choice (the same stand-in step, now without passkeys) does not offer the remembered pick.
    step.availableChallenges = ['EMAIL_OTP'];
    expect(await first.route({ type: 'auth.preferredFactor', input: { profileId: 'demo' } }, popup)).toEqual({
      ok: true,
      data: null,
    });
  });
});
