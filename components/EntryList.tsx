import type { CodeEntry } from '../core/vault/vault-messages';
import { EntryEditor, type EntryEditorProps } from './EntryEditor';

/** Every stored entry with its editor, or a note that there are none yet. */
export function EntryList(props: { entries: CodeEntry[] } & Pick<EntryEditorProps, 'onUpdate' | 'onDelete'>) {
  return (
    <section class="card entries" aria-labelledby="entries-title">
      <h2 id="entries-title">Your codes ({props.entries.length})</h2>
      {props.entries.length === 0 ? (
        <p>No codes yet. Add one above or import them below.</p>
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
