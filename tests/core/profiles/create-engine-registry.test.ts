import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PasskeyPort } from '../../../core/auth/auth-context';
import type { OpenAuthSession } from '../../../core/auth/index';
import { createEngineRegistry } from '../../../core/profiles/create-engine-registry';
import { createProfileStore } from '../../../core/profiles/create-profile-store';
import { parsePoolProfileInput } from '../../../core/profiles/pool-profile';
import { createAreaStorage } from '../../../core/storage/create-area-storage';
import { type RunningPool, startPool } from '../../../pool/start-pool';
import { signInThroughHostedUi } from '../../pool/hosted-ui/hosted-ui-browser';
import { clientId, hostedUiSeed, poolId } from '../../pool/hosted-ui/hosted-ui-pool';
import { startTestPool } from '../../pool/support/test-pool';
import { clientId as passkeyClientId, poolId as passkeyPoolId, passkeySeed } from '../../pool/webauthn/passkey-pool';
import { createPoolAuthClient } from '../auth/pool-auth-client';
import { memoryArea } from '../storage/memory-area';

const redirectUrl = 'https://npbmcjcmafkjbchncmpemdbkmagoobec.chromiumapp.org/';
let pool: RunningPool;

beforeAll(async () => {
  pool = await startPool({ seed: hostedUiSeed() });
});
afterAll(() => pool.stop());

/** Plays launchWebAuthFlow: signs in on the pool's hosted-UI page and hands back where it redirected. */
const person: OpenAuthSession = async (url) => {
  const result = await signInThroughHostedUi({ authorizeUrl: url, username: 'alice', password: 'Passw0rd!x' });
  return result.location ? { type: 'success', url: result.location } : { type: 'error', error: result.status };
};

async function setup(input: Record<string, unknown>, passkeys?: PasskeyPort) {
  const area = memoryArea();
  const profiles = createProfileStore({ area: memoryArea(), now: () => 0, newId: () => 'p1' });
  const profile = await profiles.add(parsePoolProfileInput(input));
  const engines = createEngineRegistry({
    profiles,
    platform: {
      storageFor: (id) => createAreaStorage({ area, prefix: `${id}:` }),
      redirectUrl,
      openAuthSession: person,
      ...(passkeys ? { passkeysFor: () => passkeys } : {}),
    },
  });
  return { area, profile, engines };
}

/** A passkey port that records the options it is asked with and then declines, as a user closing the prompt. */
function decliningPasskeys() {
  const asked: Record<string, unknown>[] = [];
  const decline = async (options: Record<string, unknown>): Promise<Record<string, unknown>> => {
    asked.push(options);
    throw Object.assign(new Error('declined'), { code: 'PasskeyRegistrationCanceled' });
  };
  return { asked, port: { get: decline, create: decline } };
}

describe('createEngineRegistry', () => {
  it('keeps one engine per profile', async () => {
    const { engines } = await setup({ userPoolId: poolId, userPoolClientId: clientId, userPoolEndpoint: pool.url });
    expect(await engines.engineFor('p1')).toBe(await engines.engineFor('p1'));
    await expect(engines.engineFor('missing')).rejects.toMatchObject({ code: 'ProfileNotFound' });
  });

  it('signs in through the pool hosted UI when the profile names it, returning to the extension redirect URL', async () => {
    const { engines, area } = await setup({
      userPoolId: poolId,
      userPoolClientId: clientId,
      userPoolEndpoint: pool.url,
      hostedUiDomain: pool.url.replace('127.0.0.1', 'localhost'),
    });
    const engine = await engines.engineFor('p1');
    expect(await engine.signInWithRedirect()).toEqual({ username: 'alice' });
    expect((await engine.getCurrentUser()).username).toBe('alice');
    expect([...area.data.keys()].some((key) => key.startsWith('p1:') && key.endsWith('.accessToken'))).toBe(true);

    await engines.drop('p1');
    expect(area.data.size).toBe(0);
  });

  it('answers OAuthNotConfigured for a profile without a hosted UI', async () => {
    const { engines } = await setup({ userPoolId: poolId, userPoolClientId: clientId, userPoolEndpoint: pool.url });
    await expect((await engines.engineFor('p1')).signInWithRedirect()).rejects.toMatchObject({
      code: 'OAuthNotConfigured',
    });
  });

  it("asks the authenticator only for a relying party of the pool's own sites", async () => {
    const passkeyPool = await startPool({ seed: passkeySeed() }); // passkeys for RP id "localhost"
    try {
      const input = { userPoolId: passkeyPoolId, userPoolClientId: passkeyClientId, userPoolEndpoint: passkeyPool.url };
      const signIn = {
        username: 'alice',
        password: 'Passw0rd!x',
        options: { authFlowType: 'USER_PASSWORD_AUTH' },
      } as const;

      const elsewhere = decliningPasskeys();
      const shop = await setup({ ...input, origins: ['https://shop.example'] }, elsewhere.port);
      const onShop = await shop.engines.engineFor('p1');
      await onShop.signIn(signIn);
      await expect(onShop.associateWebAuthnCredential()).rejects.toMatchObject({ code: 'RelyingPartyMismatch' });
      expect(elsewhere.asked).toEqual([]);

      const own = decliningPasskeys();
      const local = await setup({ ...input, origins: ['http://localhost:5173'] }, own.port);
      const onLocal = await local.engines.engineFor('p1');
      await onLocal.signIn(signIn);
      await expect(onLocal.associateWebAuthnCredential()).rejects.toMatchObject({
        code: 'PasskeyRegistrationCanceled',
      });
      expect(own.asked).toMatchObject([{ rp: { id: 'localhost' } }]);
    } finally {
      await passkeyPool.stop();
    }
  });
});

describe('removing a profile', () => {
  it('forgets its remembered device and revokes its refresh token with the pool before wiping its storage', async () => {
    const devicePool = await startTestPool({
      poolInput: {
        DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true },
      },
      users: [{ username: 'dora', password: 'Passw0rd!' }],
    });
    try {
      const { engines, area } = await setup({
        userPoolId: devicePool.poolId,
        userPoolClientId: devicePool.clientId,
        userPoolEndpoint: devicePool.url,
      });
      const engine = await engines.engineFor('p1');
      expect((await engine.signIn({ username: 'dora', password: 'Passw0rd!' })).nextStep.signInStep).toBe('DONE');
      await engine.rememberDevice();
      const stored = (suffix: string) =>
        [...area.data.entries()].find(([key]) => key.endsWith(`.dora.${suffix}`))?.[1] as string | undefined;
      const deviceKey = stored('deviceKey');
      const refreshToken = stored('refreshToken');
      expect(deviceKey).toBeTruthy();
      expect(refreshToken).toBeTruthy();

      await engines.drop('p1');
      expect(area.data.size).toBe(0);
      const refreshed = await devicePool.call('InitiateAuth', {
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: devicePool.clientId,
        AuthParameters: { REFRESH_TOKEN: refreshToken, DEVICE_KEY: deviceKey },
      });
      expect(refreshed.body.__type).toBe('NotAuthorizedException');
      // A fresh sign-in elsewhere lists the user's devices: the removed profile's is no longer among them.
      const { auth } = createPoolAuthClient(devicePool);
      await auth.signIn({ username: 'dora', password: 'Passw0rd!' });
      expect((await auth.fetchDevices()).map((device) => device.id)).not.toContain(deviceKey);
    } finally {
      await devicePool.stop();
    }
  });
});
