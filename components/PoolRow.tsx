import { useState } from 'preact/hooks';
import type { PasswordPolicy } from '../core/profiles/password-policy';
import { poolHostWarnings } from '../core/profiles/pool-host-warnings';
import type { PoolProfile } from '../core/profiles/pool-profile';
import { type Translate, useT } from './translator-context';

/** "12+ characters with lower case, a number" — the policy as the row shows it. */
function describePolicy(policy: PasswordPolicy, t: Translate): string {
  const classes = [
    policy.requireLowercase && t('pools_policy_lower'),
    policy.requireUppercase && t('pools_policy_upper'),
    policy.requireNumbers && t('pools_policy_number'),
    policy.requireSymbols && t('pools_policy_symbol'),
  ].filter((rule): rule is string => Boolean(rule));
  const length = t('pools_policy_length', String(policy.minimumLength));
  return classes.length > 0 ? t('pools_policy_with', [length, classes.join(', ')]) : length;
}

export interface PoolRowProps {
  pool: PoolProfile;
  onEdit: (id: string) => void;
  onRemove: (id: string) => void;
}

/** One stored pool, with Edit; removing it asks first, saying what else goes with it. */
export function PoolRow(props: PoolRowProps) {
  const t = useT();
  const { pool } = props;
  const [confirming, setConfirming] = useState(false);
  return (
    <li class="pool" data-pool-id={pool.id}>
      <strong class="pool-label">{pool.label}</strong>
      <span class="pool-ids">
        {pool.userPoolId} · {pool.userPoolClientId}
      </span>
      {pool.userPoolEndpoint ? (
        <span class="pool-endpoint">{pool.userPoolEndpoint}</span>
      ) : (
        <span class="pool-region">{t('pools_row_region', pool.region)}</span>
      )}
      {pool.origins.length > 0 && <span class="pool-origins">{t('pools_row_sites', pool.origins.join(', '))}</span>}
      {pool.hostedUi && <span class="pool-hosted">{t('pools_row_hosted', pool.hostedUi.domain)}</span>}
      {pool.passwordPolicy && (
        <span class="pool-policy">{t('pools_row_policy', describePolicy(pool.passwordPolicy, t))}</span>
      )}
      {poolHostWarnings(pool).map((warning) => (
        <span key={warning.field} class="pool-warning" role="note">
          {warning.field === 'userPoolEndpoint'
            ? t('pools_warning_endpoint', warning.host)
            : t('pools_warning_hosted_ui', warning.host)}
        </span>
      ))}
      {confirming ? (
        <div class="confirm" role="alertdialog" aria-label={t('pools_remove_question', pool.label)}>
          <p>{t('pools_remove_explained', pool.label)}</p>
          <button type="button" class="danger confirm-remove" onClick={() => props.onRemove(pool.id)}>
            {t('pools_remove')}
          </button>
          <button type="button" class="cancel-remove" onClick={() => setConfirming(false)}>
            {t('pools_keep')}
          </button>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="edit" onClick={() => props.onEdit(pool.id)}>
            {t('pools_edit')}
          </button>
          <button type="button" class="remove" onClick={() => setConfirming(true)}>
            {t('pools_remove')}
          </button>
        </div>
      )}
    </li>
  );
}
