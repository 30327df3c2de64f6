import type { CodeEntry } from '../core/vault/vault-messages';
import { EntryEditor, type EntryEditorProps } from './EntryEditor';
import { useT } from './translator-context';

/** Every stored entry with its editor, or a note that there are none yet. */
export function EntryList(props: { entries: CodeEntry[] } & Pick<EntryEditorProps, 'onUpdate' | 'onDelete'>) {
  const t = useT();
  return (
    <section class="card entries" aria-labelledby="entries-title">
      <h2 id="entries-title">{t('entries_title', String(props.entries.length))}</h2>
      {props.entries.length === 0 ? (
        <p>{t('entries_none')}</p>
      ) : (
        <ul class="entry-list">
          {props.entries.map((entry) => (
            <EntryEditor key={entry.id} entry={entry} onUpdate={props.onUpdate} onDelete={props.onDelete} />
          ))}
        </ul>
      )}
    </section>
  );
}
