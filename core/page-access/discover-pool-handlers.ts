import { SidekeyError } from '../errors/sidekey-error';
import type { ContractHandlers } from '../messages/message-contract';
import { number, object, parser } from '../messages/shape';
import { isUsableOrigin } from '../origins/parse-origin';
import type { AmplifyPoolHint } from '../page/read-amplify-pool';
import type { AccountRequests } from '../profiles/account-messages';
import type { ProfileStore } from '../profiles/create-profile-store';

/** The tab as discovery needs it (entrypoints/background: the tabs and scripting APIs). */
interface DiscoverTabs {
  /** The origin of the tab's top frame, or undefined when it cannot be read. */
  originOf(tabId: number): Promise<string | undefined>;
  /** Runs core/page/read-amplify-pool.ts in the tab's top frame; its answer, unchecked. Throws when refused. */
  readPool(tabId: number): Promise<unknown>;
}

interface Context {
  profiles: Pick<ProfileStore, 'list'>;
  discoverTabs: DiscoverTabs;
}

const USER_POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;
const CLIENT_ID = /^[\w+]{1,128}$/;
const text = (value: unknown, pattern: RegExp) =>
  typeof value === 'string' && value.length <= 256 && pattern.test(value);

/** The script's answer when it is a pool hint of the expected shape (profiles.add validates it again). */
function poolHint(value: unknown): AmplifyPoolHint | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const hint = value as Record<string, unknown>;
  if (!text(hint.userPoolId, USER_POOL_ID) || !text(hint.userPoolClientId, CLIENT_ID)) return undefined;
  if (!text(hint.region, /^[\x21-\x7e]+$/)) return undefined;
  const endpoint = hint.userPoolEndpoint;
  if (endpoint !== undefined && !(typeof endpoint === 'string' && isUsableOrigin(safeOrigin(endpoint))))
    return undefined;
  return {
    userPoolId: hint.userPoolId as string,
    userPoolClientId: hint.userPoolClientId as string,
    region: hint.region as string,
    ...(typeof endpoint === 'string' ? { userPoolEndpoint: endpoint } : {}),
  };
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/**
 * `site.discoverPool` (docs/messages.md §7): the pool an Amplify app in tab `tabId` signed in to, read from the
 * page's own storage (its id token's issuer, not verified: docs/security.md §3) only to prefill "Add this site's
 * user pool to Sidekey"; null when there is none or Sidekey already has that pool and app client.
 */
export const discoverPoolHandlers = {
  'site.discoverPool': {
    from: ['extension-page'],
    parse: parser(object({ tabId: number({ integer: true, min: 0 }) })),
    async run({ tabId }, context) {
      const origin = await context.discoverTabs.originOf(tabId);
      if (!origin || !isUsableOrigin(origin)) {
        throw new SidekeyError({
          code: 'SiteNotUsable',
          message: 'Sidekey reads only https:// pages (and http:// on localhost).',
        });
      }
      let answer: unknown;
      try {
        answer = await context.discoverTabs.readPool(tabId);
      } catch (error) {
        throw new SidekeyError({ code: 'SiteUnavailable', message: 'Sidekey may not read this page.', cause: error });
      }
      const hint = poolHint(answer);
      if (!hint) return null;
      const known = (await context.profiles.list()).some(
        (pool) => pool.userPoolId === hint.userPoolId && pool.userPoolClientId === hint.userPoolClientId,
      );
      return known ? null : { origin, ...hint };
    },
  },
} satisfies ContractHandlers<Pick<AccountRequests, 'site.discoverPool'>, Context>;
