import type { PasskeyPort } from '../auth/auth-context';
import { type AuthClient, type AuthClientConfig, createAuthClient, type KeyValueStorage } from '../auth/index';
import { createPasskeyUseLog, type PasskeyUseLog } from '../passkeys/create-passkey-use-log';
import type { ProfileStore } from './create-profile-store';
import type { EndRetiredSession, RetiredPool, RevocationQueue } from './create-revocation-queue';
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
  /**
   * Sessions that could not be ended when they were let go (the vault locked: their sealed tokens unreadable),
   * and each profile's engine storage as it lies on disk, to keep such a session until it can be ended.
   */
  retired?: { queue: RevocationQueue; storedFor: (profileId: string) => Promise<Record<string, string>> };
};

const poolOf = (profile: RetiredPool): RetiredPool => ({
  userPoolId: profile.userPoolId,
  userPoolClientId: profile.userPoolClientId,
  ...(profile.userPoolEndpoint ? { userPoolEndpoint: profile.userPoolEndpoint } : {}),
  ...(profile.region ? { region: profile.region } : {}),
});

/**
 * One sign-in engine per user-pool profile, created on first use. Engines hold no state of their own beyond
 * their storage, so a worker that was stopped rebuilds them on its next wake and carries on.
 */
export function createEngineRegistry(options: { profiles: ProfileStore; platform: EnginePlatform }) {
  const engines = new Map<string, AuthClient>();
  let ending: Promise<{ ended: number; waiting: number }> | undefined;

  /** Keeps the profile's session to end later when its refresh token is stored but cannot be read now. */
  async function retireIfUnreadable(profileId: string, input: { forgetDevice: boolean }): Promise<boolean> {
    const retired = options.platform.retired;
    if (!retired) return false;
    const stored = await retired.storedFor(profileId);
    const refreshKeys = Object.keys(stored).filter((key) => key.endsWith('.refreshToken'));
    const storage = options.platform.storageFor(profileId);
    const readable = await Promise.all(refreshKeys.map(async (key) => (await storage.getItem(key)) !== null));
    if (readable.every(Boolean)) return false;
    await retired.queue.retire({ pool: poolOf(await options.profiles.get(profileId)), stored, ...input });
    return true;
  }

  /** Ends one retired session with an engine of its own on the opened values; a dead network means try again. */
  const endRetiredSession: EndRetiredSession = async ({ pool, storage, forgetDevice }) => {
    const { fetch: platformFetch, clock, random } = options.platform;
    const send = platformFetch ?? ((input, init) => globalThis.fetch(input, init));
    let unreachable = false;
    const engine = createAuthClient({
      ...pool,
      storage,
      ...(clock ? { clock } : {}),
      ...(random ? { random } : {}),
      fetch: async (input, init) => {
        try {
          return await send(input, init);
        } catch (error) {
          unreachable = true;
          throw error;
        }
      },
    });
    if (forgetDevice) await engine.forgetDevice().catch(() => undefined);
    await engine.signOut();
    return unreachable ? 'retry' : 'ended';
  };
  const passkeyUses = (profileId: string): PasskeyUseLog =>
    createPasskeyUseLog({
      storage: options.platform.storageFor(profileId),
      now: options.platform.clock ?? (() => Date.now()),
    });
  async function engineFor(profileId: string): Promise<AuthClient> {
    const cached = engines.get(profileId);
    if (cached) return cached;
    const profile = await options.profiles.get(profileId);
    const { storageFor, redirectUrl, passkeysFor, retired: _retired, ...platform } = options.platform;
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
  }

  return {
    /** When Sidekey last signed in with each of the profile's passkeys. */
    passkeyUses,
    engineFor,
    /**
     * Amplify's `signOut` for the profile's user. A session whose sealed refresh token cannot be read now (the
     * vault is locked) is kept to be revoked once it can be ({@link endRetired}); a global sign-out is then a
     * revocation of this session only.
     */
    async signOut(profileId: string, input: { global?: boolean } = {}): Promise<void> {
      const engine = await engineFor(profileId);
      await retireIfUnreadable(profileId, { forgetDevice: false });
      await engine.signOut(input);
    },
    /**
     * Forgets a profile's engine and everything it stored (the profile is being removed): the remembered device is
     * forgotten and the refresh token revoked with Cognito first — or, while the vault is locked, once it is
     * unlocked. Cognito's answers never stop the removal.
     */
    async drop(profileId: string): Promise<void> {
      const engine = await engineFor(profileId).catch(() => undefined);
      if (engine && !(await retireIfUnreadable(profileId, { forgetDevice: true }))) {
        await engine.forgetDevice().catch(() => undefined); // no remembered device, or already forgotten
        await engine.signOut();
      }
      engines.delete(profileId);
      await options.platform.storageFor(profileId).clear();
    },
    /**
     * Lets the next request build the profile's engine afresh from the profile as it now stands (its sites, hosted
     * UI), after an edit that kept its pool and app client; its session and any sign-in in progress stay.
     */
    rebuild(profileId: string): void {
      engines.delete(profileId);
    },
    /** Ends every retired session that can be ended now (called when the vault unlocks and as the worker starts). */
    endRetired(): Promise<{ ended: number; waiting: number }> {
      const queue = options.platform.retired?.queue;
      if (!queue) return Promise.resolve({ ended: 0, waiting: 0 });
      ending ??= queue.endAll(endRetiredSession).finally(() => {
        ending = undefined;
      });
      return ending;
    },
  };
}

export type EngineRegistry = ReturnType<typeof createEngineRegistry>;
