import { SidekeyError } from '../errors/sidekey-error';
import type { ContractHandlers } from '../messages/message-contract';
import { number, object, parser } from '../messages/shape';
import { isUsableOrigin } from '../origins/parse-origin';
import type { AccountRequests } from '../profiles/account-messages';
import { type BindingSources, readOriginBindings } from './page-bindings';

/** The tab as "Fill on this page" needs it (entrypoints/background: the tabs and scripting APIs). */
export interface FillPageTabs {
  /** The origin of the tab's top frame, or undefined when it cannot be read (a closed tab, no access). */
  originOf(tabId: number): Promise<string | undefined>;
  /** Injects the filler into the tab's top frame; throws when the browser refuses. */
  injectFiller(tabId: number): Promise<void>;
}

interface Context extends BindingSources {
  fillPageTabs: FillPageTabs;
}

/**
 * `site.fillPage` (docs/messages.md §7): the popup's "Fill on this page". Injects the filler into a tab's top
 * frame — the one-off `activeTab` case, no standing host permission needed — after checking that the tab is on an
 * https or loopback-http origin bound to an account. The filler then asks `page.offer` as on any page, which checks
 * the frame's origin again from the browser's sender record; nothing secret leaves the worker here. While the vault
 * is locked only the pools' sites can be told apart, so the filler is injected anyway and offers to unlock.
 */
export const fillPageHandlers = {
  'site.fillPage': {
    from: ['extension-page'],
    parse: parser(object({ tabId: number({ integer: true, min: 0 }) })),
    async run({ tabId }, context) {
      const origin = await context.fillPageTabs.originOf(tabId);
      if (!origin || !isUsableOrigin(origin)) {
        throw new SidekeyError({
          code: 'SiteNotUsable',
          message: 'Sidekey fills only https:// pages (and http:// on localhost).',
        });
      }
      const bindings = await readOriginBindings(context, origin);
      if (!bindings.bound && bindings.vault === 'unlocked') {
        throw new SidekeyError({
          code: 'SiteNotBound',
          message: 'Nothing in Sidekey is bound to this site: add it to a pool, a sign-in or a code in Settings.',
        });
      }
      try {
        await context.fillPageTabs.injectFiller(tabId);
      } catch (error) {
        throw new SidekeyError({
          code: 'SiteUnavailable',
          message: 'Sidekey may not fill this page. Open Sidekey on the page itself and try again.',
          cause: error,
        });
      }
      return { origin };
    },
  },
} satisfies ContractHandlers<Pick<AccountRequests, 'site.fillPage'>, Context>;
