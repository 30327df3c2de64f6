import type { PasskeyPort } from '../auth/auth-context';
import { type AuthClient, type AuthClientConfig, createAuthClient, type KeyValueStorage } from '../auth/index';
import { createPasskeyUseLog, type PasskeyUseLog } from '../passkeys/create-passkey-use-log';
import type { ProfileStore } from './create-profile-store';
import { pinRelyingParty, relyingPartyHosts } from './pin-relying-party';

/** Platform pieces every engine shares; storage is made per profile so engines never see each other's keys. */
export type EnginePlatform = Pick<AuthClientConfig, 'fetch' | 'clock' | 'random' | 'openAuthSession'> & {
  storageFor: (profileId: string) => KeyValueStorage;
  /**
   * The passkey port of one profile's engine, given that pool's bound sites as they stand when a ceremony starts
   * (ceremonies run only on those sites: core/passkeys/create-passkey-relay.ts).
   */
  passkeysFor?: (site: {
    siteOrigins: () => Promise<readonly string[]>;
    onUsed: (credentialId: string) => Promise<void>;
  }) => PasskeyPort;
  /** Where the hosted UI sends the browser back to (the worker's `identity.getRedirectURL()`). */
  redirectUrl?: string;
};

/**
 * One sign-in engine per user-pool profile, created on first use. Engines hold no state of their own beyond
 * their storage, so a worker that was stopped rebuilds them on its next wake and carries on.
 */
export function createEngineRegistry(options: { profiles: ProfileStore; platform: EnginePlatform }) {
  const engines = new Map<string, AuthClient>();
  const passkeyUses = (profileId: string): PasskeyUseLog =>
    createPasskeyUseLog({
      storage: options.platform.storageFor(profileId),
      now: options.platform.clock ?? (() => Date.now()),
    });
  return {
    /** When Sidekey last signed in with each of the profile's passkeys. */
    passkeyUses,
    async engineFor(profileId: string): Promise<AuthClient> {
      const cached = engines.get(profileId);
      if (cached) return cached;
      const profile = await options.profiles.get(profileId);
      const { storageFor, redirectUrl, passkeysFor, ...platform } = options.platform;
      const { hostedUi } = profile;
      const engine = createAuthClient({
        userPoolId: profile.userPoolId,
        userPoolClientId: profile.userPoolClientId,
        userPoolEndpoint: profile.userPoolEndpoint,
        region: profile.region,
        storage: storageFor(profile.id),
        ...platform,
        // Passkey options are pinned to the pool's own sites (docs/security.md §3.3); the relay then runs the
        // ceremony in a tab on one of them (core/passkeys/create-passkey-relay.ts).
        ...(passkeysFor
          ? {
              passkeys: pinRelyingParty(
                passkeysFor({
                  siteOrigins: async () => (await options.profiles.get(profileId)).origins,
                  onUsed: (credentialId) => passkeyUses(profileId).record(credentialId),
                }),
                relyingPartyHosts(profile),
              ),
            }
          : {}),
        ...(hostedUi && redirectUrl
          ? {
              oauth: {
                domain: hostedUi.domain,
                scopes: hostedUi.scopes,
                redirectSignIn: [redirectUrl],
                redirectSignOut: [redirectUrl],
                responseType: 'code' as const,
              },
            }
          : {}),
      });
      engines.set(profileId, engine);
      return engine;
    },
    /** Forgets a profile's engine and everything it stored (used when the profile is removed). */
    async drop(profileId: string): Promise<void> {
      engines.delete(profileId);
      await options.platform.storageFor(profileId).clear();
    },
  };
}

export type EngineRegistry = ReturnType<typeof createEngineRegistry>;
