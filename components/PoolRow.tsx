import { useState } from 'preact/hooks';
import type { PasswordPolicy } from '../core/profiles/password-policy';
import { poolHostWarnings } from '../core/profiles/pool-host-warnings';
import type { PoolProfile } from '../core/profiles/pool-profile';

/** "12+ characters with lower case, a number" — the policy as the row shows it. */
function describePolicy(policy: PasswordPolicy): string {
  const classes = [
    policy.requireLowercase && 'lower case',
    policy.requireUppercase && 'upper case',
    policy.requireNumbers && 'a number',
    policy.requireSymbols && 'a symbol',
  ].filter(Boolean);
  return `${policy.minimumLength}+ characters${classes.length > 0 ? ` with ${classes.join(', ')}` : ''}`;
}

/** One stored pool; removing it asks first, saying what else goes with it. */
export function PoolRow(props: { pool: PoolProfile; onRemove: (id: string) => void }) {
  const { pool } = props;
  const [confirming, setConfirming] = useState(false);
  return (
    <li class="pool" data-pool-id={pool.id}>
      <strong class="pool-label">{pool.label}</strong>
      <span class="pool-ids">
        {pool.userPoolId} · {pool.userPoolClientId}
      </span>
      {pool.userPoolEndpoint && <span class="pool-endpoint">{pool.userPoolEndpoint}</span>}
      {pool.origins.length > 0 && <span class="pool-origins">Sites: {pool.origins.join(', ')}</span>}
      {pool.hostedUi && <span class="pool-hosted">Hosted sign-in: {pool.hostedUi.domain}</span>}
      {pool.passwordPolicy && <span class="pool-policy">Passwords: {describePolicy(pool.passwordPolicy)}</span>}
      {poolHostWarnings(pool).map((warning) => (
        <span key={warning.field} class="pool-warning" role="note">
          {warning.message}
        </span>
      ))}
      {confirming ? (
        <div class="confirm" role="alertdialog" aria-label={`Remove ${pool.label}?`}>
          <p>
            Remove “{pool.label}”? This also signs its user out of Sidekey and forgets the devices Sidekey remembered
            for it.
          </p>
          <button type="button" class="danger confirm-remove" onClick={() => props.onRemove(pool.id)}>
            Remove
          </button>
          <button type="button" class="cancel-remove" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </div>
      ) : (
        <button type="button" class="remove" onClick={() => setConfirming(true)}>
          Remove
        </button>
      )}
    </li>
  );
}
