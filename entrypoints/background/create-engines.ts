import browser from 'webextension-polyfill';
import { createPasskeyRelay } from '../../core/passkeys/create-passkey-relay';
import { createEngineRegistry } from '../../core/profiles/create-engine-registry';
import { createEngineStorage, readStoredEngineValues } from '../../core/profiles/create-engine-storage';
import type { ProfileStore } from '../../core/profiles/create-profile-store';
import { createRevocationQueue } from '../../core/profiles/create-revocation-queue';
import type { Sealer } from '../../core/storage/create-sealed-storage';
import { openAuthSession } from './open-auth-session';
import { createPasskeyTabs } from './passkey-tabs';

/** The worker's sign-in engines, one per profile, over browser.storage with tokens and device keys sealed by the vault. */
export function createEngines(options: { profiles: ProfileStore; sealer: Sealer }) {
  const tabs = createPasskeyTabs({ tabs: browser.tabs, windows: browser.windows, scripting: browser.scripting });
  return createEngineRegistry({
    profiles: options.profiles,
    platform: {
      fetch: (input, init) => globalThis.fetch(input, init),
      openAuthSession,
      passkeysFor: (site) => createPasskeyRelay({ ...site, tabs }),
      redirectUrl: browser.identity.getRedirectURL(),
      retired: {
        queue: createRevocationQueue({
          area: browser.storage.local,
          sealer: options.sealer,
          now: () => Date.now(),
          newId: () => crypto.randomUUID(),
        }),
        storedFor: (profileId) => readStoredEngineValues({ profileId, local: browser.storage.local }),
      },
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
