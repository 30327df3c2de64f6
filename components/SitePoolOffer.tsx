import type { AccountRequests } from '../core/profiles/account-messages';
import { useT } from './translator-context';

/** A user pool found on a page (`site.discoverPool`, docs/messages.md §7). */
export type SitePool = NonNullable<AccountRequests['site.discoverPool']['output']>;

export interface SitePoolOfferProps {
  /** What `site.discoverPool` found on the active tab's page: shown as is, so a developer can check it. */
  pool: SitePool;
  busy: boolean;
  /** Why the last try failed, in words; `unchecked` when the pool's server could not be asked (PoolNotChecked). */
  error?: { text: string; unchecked: boolean };
  /** Adds the pool bound to the page's origin; `skipCheck` after PoolNotChecked, the person's "Add anyway". */
  onAdd: (options: { skipCheck: boolean }) => void;
  onDismiss: () => void;
}

/**
 * "Add this site's user pool to Sidekey": the pool, region, app client and endpoint an Amplify app on the page named
 * (unverified: docs/security.md §3.4), with a button to add it and one to leave it.
 */
export function SitePoolOffer(props: SitePoolOfferProps) {
  const t = useT();
  const { pool, error } = props;
  const rows: Array<[string, string]> = [
    [t('offer_site_pool_region'), pool.region],
    [t('pools_field_user_pool_id'), pool.userPoolId],
    [t('pools_field_client_id'), pool.userPoolClientId],
    ...(pool.userPoolEndpoint ? [[t('offer_site_pool_endpoint'), pool.userPoolEndpoint] as [string, string]] : []),
  ];
  return (
    <section class="site-pool-offer" aria-labelledby="site-pool-offer-title">
      <h2 id="site-pool-offer-title">{t('offer_site_pool_title')}</h2>
      <p>{t('offer_site_pool_intro', new URL(pool.origin).host)}</p>
      <dl>
        {rows.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {error && (
        <p class="error" role="alert">
          {error.text}
        </p>
      )}
      <div class="offer-actions">
        <button
          type="button"
          class="primary add-site-pool"
          aria-label={t(error?.unchecked ? 'control_add_site_pool_anyway' : 'control_add_site_pool')}
          disabled={props.busy}
          onClick={() => props.onAdd({ skipCheck: error?.unchecked ?? false })}
        >
          {t(error?.unchecked ? 'pools_add_anyway' : 'offer_site_pool_add')}
        </button>
        <button
          type="button"
          class="dismiss-site-pool"
          aria-label={t('control_dismiss_site_pool')}
          disabled={props.busy}
          onClick={props.onDismiss}
        >
          {t('offer_site_pool_dismiss')}
        </button>
      </div>
    </section>
  );
}
