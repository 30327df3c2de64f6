import browser from 'webextension-polyfill';
import { createEngineRegistry } from '../../core/profiles/create-engine-registry';
import type { ProfileStore } from '../../core/profiles/create-profile-store';
import { isSessionKey } from '../../core/profiles/is-session-key';
import { createAreaStorage } from '../../core/storage/create-area-storage';
import { createRoutedStorage } from '../../core/storage/create-routed-storage';

/**
 * The worker's sign-in engines: each profile's in-progress sign-in lives in `storage.session` (survives the
 * worker being stopped, never on disk), its tokens and remembered devices in `storage.local`.
 */
export function createEngines(profiles: ProfileStore) {
  return createEngineRegistry({
    profiles,
    platform: {
      fetch: (input, init) => globalThis.fetch(input, init),
      storageFor: (profileId) => {
        const prefix = `sidekey.auth.${profileId}.`;
        return createRoutedStorage({
          session: createAreaStorage({ area: browser.storage.session, prefix }),
          persistent: createAreaStorage({ area: browser.storage.local, prefix }),
          isSessionKey,
        });
      },
    },
  });
}
