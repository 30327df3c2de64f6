import { useState } from 'preact/hooks';
import type { PoolProfile } from '../core/profiles/pool-profile';
import { PoolForm } from './PoolForm';
import { PoolPasskeys, type PoolPasskeysProps } from './PoolPasskeys';
import { PoolRow } from './PoolRow';
import type { PoolInput, PoolReply } from './pool-form-values';
import { useT } from './translator-context';

export interface UserPoolsSectionProps {
  /** Undefined while loading. */
  pools?: PoolProfile[];
  error?: string;
  /** `profiles.add`. */
  onAdd: (input: PoolInput) => Promise<PoolReply>;
  /** `profiles.update` of the pool `id`: its whole new settings. */
  onUpdate: (id: string, input: PoolInput) => Promise<PoolReply>;
  onRemove: (id: string) => void;
  /** The passkeys of the accounts signed in to these pools; shown once there is a pool. */
  passkeys?: PoolPasskeysProps;
}

/**
 * The settings page's "User pools" card: the Cognito pools Sidekey signs in to, each editable in place (one at a
 * time; Cancel leaves it as it was), the passkeys of the accounts signed in to them, and a form to add one.
 */
export function UserPoolsSection(props: UserPoolsSectionProps) {
  const t = useT();
  const { pools } = props;
  const [editing, setEditing] = useState<string>();
  const update = async (id: string, input: PoolInput) => {
    const reply = await props.onUpdate(id, input);
    if (reply.ok) setEditing(undefined);
    return reply;
  };
  return (
    <section class="card user-pools" aria-labelledby="pools-title">
      <h2 id="pools-title">{t('pools_title')}</h2>
      {props.error && (
        <p class="status error" role="alert">
          {props.error}
        </p>
      )}
      {pools === undefined && !props.error && <p>{t('pools_loading')}</p>}
      {pools?.length === 0 && <p class="empty">{t('pools_empty')}</p>}
      {pools && pools.length > 0 && (
        <ul class="pools">
          {pools.map((pool) =>
            pool.id === editing ? (
              <li key={pool.id} class="pool editing" data-pool-id={pool.id}>
                <PoolForm
                  pool={pool}
                  onSave={(input) => update(pool.id, input)}
                  onCancel={() => setEditing(undefined)}
                />
              </li>
            ) : (
              <PoolRow key={pool.id} pool={pool} onEdit={setEditing} onRemove={props.onRemove} />
            ),
          )}
        </ul>
      )}
      {pools && pools.length > 0 && props.passkeys && <PoolPasskeys {...props.passkeys} />}
      <PoolForm onSave={props.onAdd} />
    </section>
  );
}
