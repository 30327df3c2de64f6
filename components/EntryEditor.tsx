import { useState } from 'preact/hooks';
import type { Reply } from '../core/messages/reply';
import type { CodeEntry, VaultRequestInput } from '../core/vault/vault-messages';
import { type ActionState, ActionStatus } from './ActionStatus';
import { OriginsField, parseOriginsText } from './OriginsField';
import { useT } from './translator-context';

export type UpdateEntryInput = VaultRequestInput<'vault.updateEntry'>;

export interface EntryEditorProps {
  entry: CodeEntry;
  onUpdate: (input: UpdateEntryInput) => Promise<Reply<CodeEntry>>;
  onDelete: (id: string) => Promise<Reply<{ deleted: true }>>;
}

/** One stored entry: rename it, bind it to sites, or delete it after an explicit confirmation. */
export function EntryEditor(props: EntryEditorProps) {
  const t = useT();
  const { entry } = props;
  const [issuer, setIssuer] = useState(entry.issuer);
  const [account, setAccount] = useState(entry.account);
  const [origins, setOrigins] = useState(entry.origins.join('\n'));
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  const name = entry.issuer || entry.account;

  const save = async (event: Event) => {
    event.preventDefault();
    setState({ status: 'busy' });
    const reply = await props.onUpdate({ id: entry.id, issuer, account, origins: parseOriginsText(origins) });
    setState(reply.ok ? { status: 'done', message: t('entry_saved') } : { status: 'failed', message: reply.message });
  };
  const remove = async () => {
    setState({ status: 'busy' });
    const reply = await props.onDelete(entry.id);
    if (!reply.ok) setState({ status: 'failed', message: reply.message });
  };

  return (
    <li class="entry" data-entry-id={entry.id}>
      <form onSubmit={save} aria-label={t('entry_edit_label', name)}>
        <div class="grid">
          <label>
            {t('entry_issuer')}
            <input type="text" name="issuer" value={issuer} onInput={(event) => setIssuer(event.currentTarget.value)} />
          </label>
          <label>
            {t('entry_account')}
            <input
              type="text"
              name="account"
              value={account}
              onInput={(event) => setAccount(event.currentTarget.value)}
            />
          </label>
        </div>
        <p class="meta">
          {entry.kind.toUpperCase()} · {t('entry_digits', String(entry.digits))} ·{' '}
          {entry.period !== null ? t('entry_period', String(entry.period)) : t('entry_counter', String(entry.counter))}{' '}
          · {entry.algorithm}
        </p>
        <OriginsField value={origins} onInput={setOrigins} />
        <div class="actions">
          <button type="submit" disabled={state.status === 'busy'}>
            {t('action_save')}
          </button>
          {confirming ? (
            <span class="confirm">
              {t('entry_delete_question', name)}{' '}
              <button type="button" class="danger" name="confirm-delete" onClick={remove}>
                {t('action_delete')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t('action_keep')}
              </button>
            </span>
          ) : (
            <button type="button" name="delete" onClick={() => setConfirming(true)}>
              {t('entry_delete')}
            </button>
          )}
        </div>
        <ActionStatus state={state} />
      </form>
    </li>
  );
}
