import { SidekeyError } from '../../errors/sidekey-error';
import type { ContractHandlers } from '../../messages/message-contract';
import { number, object, parser } from '../../messages/shape';
import { isUsableOrigin } from '../../origins/parse-origin';
import type { AccountRequests } from '../account-messages';
import type { EngineRegistry } from '../create-engine-registry';
import type { ProfileStore } from '../create-profile-store';
import { profileId } from './account-input';

/** The browser tabs as the site sign-in needs them (entrypoints/background/site-tabs.ts). */
export interface SiteTabs {
  /** The origin of the tab's top frame, or undefined when it cannot be read (a closed tab, no access). */
  originOf(tabId: number): Promise<string | undefined>;
  /**
   * Writes `entries` into the localStorage of the tab's top frame — only if that frame is still on `origin` when
   * the write runs — and reloads the tab. False when the tab had left `origin`: nothing was written.
   */
  writeSession(input: { tabId: number; origin: string; entries: Record<string, string> }): Promise<boolean>;
}

interface Context {
  profiles: ProfileStore;
  engines: Pick<EngineRegistry, 'engineFor'>;
  siteTabs: SiteTabs;
}

/**
 * `auth.signInSite` (docs/messages.md): "Sign in on this site". Hands the pool's signed-in session to the Amplify
 * v6 app in a tab — written where Amplify reads it, then the tab reloaded — and lets go of it here without revoking
 * it, so the site holds the only copy of its refresh token (docs/security.md §2.1). Only for Sidekey's own pages,
 * only on a tab whose origin is one of the pool's bound sites (https, or http on loopback), only that pool's app
 * client's tokens; the session stays with Sidekey when anything fails.
 */
export const siteHandlers = {
  'auth.signInSite': {
    from: ['extension-page'],
    parse: parser(object({ profileId, tabId: number({ integer: true, min: 0 }) })),
    async run({ profileId, tabId }, context) {
      const profile = await context.profiles.get(profileId);
      const origin = await context.siteTabs.originOf(tabId);
      if (!origin || !isUsableOrigin(origin) || !profile.origins.includes(origin)) {
        throw new SidekeyError({
          code: 'SiteNotBound',
          message: `This page is not one of ${profile.label}’s sites: add it to the pool in Settings first.`,
        });
      }
      const engine = await context.engines.engineFor(profileId);
      const session = await engine.handOverSession();
      if (!(await context.siteTabs.writeSession({ tabId, origin, entries: session.entries }))) {
        throw new SidekeyError({
          code: 'SiteChanged',
          message: 'The tab left the site before Sidekey could sign it in; you are still signed in here.',
        });
      }
      await engine.releaseSession();
      return { username: session.username, origin };
    },
  },
} satisfies ContractHandlers<Pick<AccountRequests, 'auth.signInSite'>, Context>;
