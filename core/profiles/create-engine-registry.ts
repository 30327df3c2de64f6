import { type AuthClient, type AuthClientConfig, createAuthClient, type KeyValueStorage } from '../auth/index';
import type { ProfileStore } from './create-profile-store';
import { pinRelyingParty, relyingPartyHosts } from './pin-relying-party';

/** Platform pieces every engine shares; storage is made per profile so engines never see each other's keys. */
export type EnginePlatform = Pick<AuthClientConfig, 'fetch' | 'clock' | 'random' | 'passkeys' | 'openAuthSession'> & {
  storageFor: (profileId: string) => KeyValueStorage;
  /** Where the hosted UI sends the browser back to (the worker's `identity.getRedirectURL()`). */
  redirectUrl?: string;
};

/**
 * One sign-in engine per user-pool profile, created on first use. Engines hold no state of their own beyond
 * their storage, so a worker that was stopped rebuilds them on its next wake and carries on.
 */
export function createEngineRegistry(options: { profiles: ProfileStore; platform: EnginePlatform }) {
  const engines = new Map<string, AuthClient>();
  return {
    async engineFor(profileId: string): Promise<AuthClient> {
      const cached = engines.get(profileId);
      if (cached) return cached;
      const profile = await options.profiles.get(profileId);
      const { storageFor, redirectUrl, passkeys, ...platform } = options.platform;
      const { hostedUi } = profile;
      const engine = createAuthClient({
        userPoolId: profile.userPoolId,
        userPoolClientId: profile.userPoolClientId,
        userPoolEndpoint: profile.userPoolEndpoint,
        region: profile.region,
        storage: storageFor(profile.id),
        ...platform,
        // Passkey options are pinned to the pool's own sites (docs/security.md §3.3).
        ...(passkeys ? { passkeys: pinRelyingParty(passkeys, relyingPartyHosts(profile)) } : {}),
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
