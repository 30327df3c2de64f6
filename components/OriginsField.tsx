import { useT } from './translator-context';

/** Splits the origins text box (one per line, or comma-separated) into a list; the worker validates each. */
export function parseOriginsText(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((origin) => origin.trim())
    .filter(Boolean);
}

/** A text box for the sites an entry is bound to, e.g. `https://app.example.com`. */
export function OriginsField(props: { value: string; onInput: (value: string) => void; name?: string }) {
  const t = useT();
  return (
    <label>
      {t('origins_field_label')}
      <textarea
        name={props.name ?? 'origins'}
        rows={2}
        placeholder="https://app.example.com"
        value={props.value}
        onInput={(event) => props.onInput((event.currentTarget as HTMLTextAreaElement).value)}
      />
    </label>
  );
}
