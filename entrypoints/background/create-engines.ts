import browser from 'webextension-polyfill';
import { createEngineRegistry } from '../../core/profiles/create-engine-registry';
import { createEngineStorage } from '../../core/profiles/create-engine-storage';
import type { ProfileStore } from '../../core/profiles/create-profile-store';
import type { Sealer } from '../../core/storage/create-sealed-storage';
import { openAuthSession } from './open-auth-session';

/** The worker's sign-in engines, one per profile, over browser.storage with tokens and device keys sealed by the vault. */
export function createEngines(options: { profiles: ProfileStore; sealer: Sealer }) {
  return createEngineRegistry({
    profiles: options.profiles,
    platform: {
      fetch: (input, init) => globalThis.fetch(input, init),
      openAuthSession,
      redirectUrl: browser.identity.getRedirectURL(),
      storageFor: (profileId) =>
        createEngineStorage({
          profileId,
          local: browser.storage.local,
          session: browser.storage.session,
          sealer: options.sealer,
        }),
    },
  });
}
