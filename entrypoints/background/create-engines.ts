import browser from 'webextension-polyfill';
import { settleAuthSession } from '../../core/auth/redirect/settle-auth-session';
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
      // signInWithRedirect: the hosted UI in the browser's auth window; the app client needs
      // browser.identity.getRedirectURL() among its CallbackURLs and the profile an `oauth` block.
      openAuthSession: (url) => settleAuthSession(() => browser.identity.launchWebAuthFlow({ url, interactive: true })),
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
