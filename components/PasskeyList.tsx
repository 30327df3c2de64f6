import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PasskeySummary } from '../core/profiles/account-message-shapes';
import { type MessageKey, type Translate, useT } from './translator-context';

/** How an authenticator is described to people (WebAuthn's `authenticatorAttachment`). */
const AUTHENTICATORS: Record<string, MessageKey> = {
  platform: 'passkey_this_device',
  'cross-platform': 'passkey_security_key',
};

export interface PasskeyListProps {
  /** Undefined while the list is being asked for. */
  passkeys?: PasskeySummary[];
  busy: boolean;
  /** What the last action led to, or why it failed, as one sentence. */
  note?: { text: string; failed: boolean };
  onAdd: () => void;
  onDelete: (passkey: PasskeySummary) => void;
  /** Shown under the heading: the settings page puts its choice of account there. */
  children?: ComponentChildren;
}

function when(epochMs: number | undefined, fallback: string) {
  if (epochMs === undefined) return <span>{fallback}</span>;
  const date = new Date(epochMs);
  return <time dateTime={date.toISOString()}>{date.toLocaleString()}</time>;
}

/** The label a person and a test read for one passkey: its name and when it was made. */
export function passkeyLabel(passkey: PasskeySummary, t: Translate): string {
  if (passkey.createdAt === undefined) return passkey.name;
  return t('passkey_label_added', [passkey.name, new Date(passkey.createdAt).toLocaleString()]);
}

/**
 * The signed-in user's passkeys (docs/automation-contract.md §4): each with its name, when it was made, when
 * Sidekey last signed in with it and its authenticator, and a delete button; and one button to add a passkey.
 */
export function PasskeyList(props: PasskeyListProps) {
  const t = useT();
  const { passkeys } = props;
  // Deleting cannot be undone (and may remove the user's only passkey): it asks first.
  const [confirming, setConfirming] = useState<string>();
  return (
    <section class="passkeys" aria-labelledby="passkeys-title">
      <h3 id="passkeys-title">{t('passkey_title')}</h3>
      {props.children}
      {passkeys === undefined && <p class="loading">{t('passkey_loading')}</p>}
      {passkeys?.length === 0 && <p class="passkeys-empty">{t('passkey_none')}</p>}
      {passkeys && passkeys.length > 0 && (
        <ul class="passkey-list">
          {passkeys.map((passkey) => (
            <li key={passkey.credentialId} class="passkey" data-credential-id={passkey.credentialId}>
              <span class="passkey-name">{passkey.name}</span>
              <dl>
                <dt>{t('passkey_added_at')}</dt>
                <dd class="passkey-created">{when(passkey.createdAt, t('passkey_date_unknown'))}</dd>
                <dt>{t('passkey_last_used')}</dt>
                <dd class="passkey-last-used">{when(passkey.lastUsedAt, t('passkey_never_used'))}</dd>
                <dt>{t('passkey_authenticator')}</dt>
                <dd class="passkey-authenticator">
                  {t(AUTHENTICATORS[passkey.authenticatorAttachment ?? ''] ?? 'passkey_not_reported')}
                </dd>
              </dl>
              {confirming === passkey.credentialId ? (
                <p class="passkey-confirm">
                  {t('passkey_delete_question')}{' '}
                  <button
                    type="button"
                    class="passkey-delete-confirm danger"
                    aria-label={t('control_passkey_confirm_delete', passkeyLabel(passkey, t))}
                    disabled={props.busy}
                    onClick={() => {
                      setConfirming(undefined);
                      props.onDelete(passkey);
                    }}
                  >
                    {t('action_delete')}
                  </button>{' '}
                  <button type="button" class="passkey-keep" onClick={() => setConfirming(undefined)}>
                    {t('action_keep')}
                  </button>
                </p>
              ) : (
                <button
                  type="button"
                  class="passkey-delete"
                  aria-label={t('control_passkey_delete', passkeyLabel(passkey, t))}
                  disabled={props.busy}
                  onClick={() => setConfirming(passkey.credentialId)}
                >
                  {t('action_delete')}
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
        aria-label={t('control_passkey_add')}
        disabled={props.busy}
        onClick={props.onAdd}
      >
        {t('passkey_add')}
      </button>
    </section>
  );
}
