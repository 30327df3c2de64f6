import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenAuthSession } from '../../../core/auth/index';
import { createEngineRegistry } from '../../../core/profiles/create-engine-registry';
import { createProfileStore } from '../../../core/profiles/create-profile-store';
import { parsePoolProfileInput } from '../../../core/profiles/pool-profile';
import { createAreaStorage } from '../../../core/storage/create-area-storage';
import { type RunningPool, startPool } from '../../../pool/start-pool';
import { signInThroughHostedUi } from '../../pool/hosted-ui/hosted-ui-browser';
import { clientId, hostedUiSeed, poolId } from '../../pool/hosted-ui/hosted-ui-pool';
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

async function setup(input: Record<string, unknown>) {
  const area = memoryArea();
  const profiles = createProfileStore({ area: memoryArea(), now: () => 0, newId: () => 'p1' });
  const profile = await profiles.add(parsePoolProfileInput(input));
  const engines = createEngineRegistry({
    profiles,
    platform: {
      storageFor: (id) => createAreaStorage({ area, prefix: `${id}:` }),
      redirectUrl,
      openAuthSession: person,
    },
  });
  return { area, profile, engines };
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
});
