import { useState } from 'preact/hooks';
import type { PasskeySummary } from '../core/profiles/account-messages';

/** How an authenticator is described to people (WebAuthn's `authenticatorAttachment`). */
const AUTHENTICATORS: Record<string, string> = {
  platform: 'This device',
  'cross-platform': 'Security key or phone',
};

export interface PasskeyListProps {
  /** Undefined while the list is being asked for. */
  passkeys?: PasskeySummary[];
  busy: boolean;
  /** What the last action led to, or why it failed, as one sentence. */
  note?: { text: string; failed: boolean };
  onAdd: () => void;
  onDelete: (passkey: PasskeySummary) => void;
}

function when(epochMs: number | undefined, fallback: string) {
  if (epochMs === undefined) return <span>{fallback}</span>;
  const date = new Date(epochMs);
  return <time dateTime={date.toISOString()}>{date.toLocaleString()}</time>;
}

/** The label a person and a test read for one passkey: its name and when it was made. */
export function passkeyLabel(passkey: PasskeySummary): string {
  const made = passkey.createdAt === undefined ? '' : `, added ${new Date(passkey.createdAt).toLocaleString()}`;
  return `${passkey.name}${made}`;
}

/**
 * The signed-in user's passkeys (docs/automation-contract.md §4): each with its name, when it was made, when
 * Sidekey last signed in with it and its authenticator, and a delete button; and one button to add a passkey.
 */
export function PasskeyList(props: PasskeyListProps) {
  const { passkeys } = props;
  // Deleting cannot be undone (and may remove the user's only passkey): it asks first.
  const [confirming, setConfirming] = useState<string>();
  return (
    <section class="passkeys" aria-labelledby="passkeys-title">
      <h3 id="passkeys-title">Passkeys</h3>
      {passkeys === undefined && <p class="loading">Loading passkeys…</p>}
      {passkeys?.length === 0 && <p class="passkeys-empty">No passkeys yet.</p>}
      {passkeys && passkeys.length > 0 && (
        <ul class="passkey-list">
          {passkeys.map((passkey) => (
            <li key={passkey.credentialId} class="passkey" data-credential-id={passkey.credentialId}>
              <span class="passkey-name">{passkey.name}</span>
              <dl>
                <dt>Added</dt>
                <dd class="passkey-created">{when(passkey.createdAt, 'unknown')}</dd>
                <dt>Last used by Sidekey</dt>
                <dd class="passkey-last-used">{when(passkey.lastUsedAt, 'never')}</dd>
                <dt>Authenticator</dt>
                <dd class="passkey-authenticator">
                  {AUTHENTICATORS[passkey.authenticatorAttachment ?? ''] ?? 'Not reported'}
                </dd>
              </dl>
              {confirming === passkey.credentialId ? (
                <p class="passkey-confirm">
                  Delete this passkey? It cannot be undone.{' '}
                  <button
                    type="button"
                    class="passkey-delete-confirm danger"
                    aria-label={`Sidekey: confirm deleting passkey ${passkeyLabel(passkey)}`}
                    disabled={props.busy}
                    onClick={() => {
                      setConfirming(undefined);
                      props.onDelete(passkey);
                    }}
                  >
                    Delete
                  </button>{' '}
                  <button type="button" class="passkey-keep" onClick={() => setConfirming(undefined)}>
                    Keep
                  </button>
                </p>
              ) : (
                <button
                  type="button"
                  class="passkey-delete"
                  aria-label={`Sidekey: delete passkey ${passkeyLabel(passkey)}`}
                  disabled={props.busy}
                  onClick={() => setConfirming(passkey.credentialId)}
                >
                  Delete
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {props.note && (
        <p class={props.note.failed ? 'error' : 'status'} role={props.note.failed ? 'alert' : 'status'}>
          {props.note.text}
        </p>
      )}
      <button
        type="button"
        class="passkey-add"
        aria-label="Sidekey: add a passkey"
        disabled={props.busy}
        onClick={props.onAdd}
      >
        Add a passkey
      </button>
    </section>
  );
}
