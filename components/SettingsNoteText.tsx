import type { SettingsNote } from './account-settings-props';

/** A settings section's last outcome: a status line, or an alert when it failed (unless a field shows it). */
export function SettingsNoteText(props: { note?: SettingsNote; fields?: readonly string[] }) {
  const { note } = props;
  if (!note || (note.field && props.fields?.includes(note.field))) return null;
  return (
    <p class={note.failed ? 'error' : 'status'} role={note.failed ? 'alert' : 'status'}>
      {note.text}
    </p>
  );
}
