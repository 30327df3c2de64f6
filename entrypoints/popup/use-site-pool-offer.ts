import { useEffect, useState } from 'preact/hooks';
import type { SitePool, SitePoolOfferProps } from '../../components/SitePoolOffer';
import { useT } from '../../components/translator-context';
import type { MessageClient } from '../extension-pages/create-message-client';
import { describeFailure } from './describe-failure';

export interface SitePoolOfferOptions {
  call: MessageClient;
  /** The active tab, when Sidekey may act on its origin; without it there is nothing to look for. */
  tabId?: number;
  origin?: string;
  /** Origins whose offer the person dismissed (the popup memory): not asked again. */
  dismissedOrigins: readonly string[];
  /**
   * Asks the browser for host access to `origins` (entrypoints/background/request-site-access.ts); called in the
   * click's user gesture, before any await, or the browser does not prompt. Without it the pool is added unasked
   * (its site is then reached through "Fill on this page").
   */
  requestSiteAccess?: (origins: readonly string[]) => Promise<boolean>;
  onDismiss: (origin: string) => void;
  /** The pool is added and bound to the page's origin: `profileId` is the new pool's id. */
  onAdded: (profileId: string) => void;
}

/**
 * "Add this site's user pool to Sidekey": once the popup is open on a page, asks the worker which user pool an
 * Amplify app there names (`site.discoverPool`), and offers to add it bound to the page's origin (`profiles.add`,
 * which checks the pool with its server). Finding nothing, or failing to look, offers nothing; a failed add is shown
 * in the offer, worded by its code.
 */
export function useSitePoolOffer(options: SitePoolOfferOptions): SitePoolOfferProps | undefined {
  const t = useT();
  const { call, tabId, origin } = options;
  const [pool, setPool] = useState<SitePool>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SitePoolOfferProps['error']>();
  const dismissed = origin !== undefined && options.dismissedOrigins.includes(origin);

  // biome-ignore lint/correctness/useExhaustiveDependencies: asked once per popup, when it opens on a page.
  useEffect(() => {
    if (tabId === undefined || !origin || dismissed) return;
    void call('site.discoverPool', { tabId }).then((reply) => {
      // Only a suggestion: a page Sidekey may not read, or one without an Amplify sign-in, offers nothing.
      if (reply.ok && reply.data && reply.data.origin === origin) setPool(reply.data);
    });
  }, []);

  if (!pool || dismissed) return undefined;
  return {
    pool,
    busy,
    error,
    onAdd: ({ skipCheck }) => {
      void options.requestSiteAccess?.([pool.origin]);
      setBusy(true);
      setError(undefined);
      const { origin: site, ...ids } = pool;
      void call('profiles.add', {
        ...ids,
        label: new URL(site).host,
        origins: [site],
        ...(skipCheck ? { skipCheck: true } : {}),
      }).then((reply) => {
        setBusy(false);
        if (!reply.ok) return setError({ text: describeFailure(reply, t), unchecked: reply.code === 'PoolNotChecked' });
        setPool(undefined);
        options.onAdded(reply.data.id);
      });
    },
    onDismiss: () => options.onDismiss(pool.origin),
  };
}
