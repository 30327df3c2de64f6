import type { PoolProfile } from '../core/profiles/pool-profile';
import { AddPoolForm, type AddPoolInput, type AddPoolReply } from './AddPoolForm';
import { PoolRow } from './PoolRow';

export interface UserPoolsSectionProps {
  /** Undefined while loading. */
  pools?: PoolProfile[];
  error?: string;
  onAdd: (input: AddPoolInput) => Promise<AddPoolReply>;
  onRemove: (id: string) => void;
}

/** The settings page's "User pools" card: the Cognito pools Sidekey signs in to, and a form to add one. */
export function UserPoolsSection(props: UserPoolsSectionProps) {
  const { pools } = props;
  return (
    <section class="card user-pools" aria-labelledby="pools-title">
      <h2 id="pools-title">User pools</h2>
      {props.error && (
        <p class="status error" role="alert">
          {props.error}
        </p>
      )}
      {pools === undefined && !props.error && <p>Loading…</p>}
      {pools?.length === 0 && <p class="empty">No user pools yet.</p>}
      {pools && pools.length > 0 && (
        <ul class="pools">
          {pools.map((pool) => (
            <PoolRow key={pool.id} pool={pool} onRemove={props.onRemove} />
          ))}
        </ul>
      )}
      <AddPoolForm onAdd={props.onAdd} />
    </section>
  );
}
