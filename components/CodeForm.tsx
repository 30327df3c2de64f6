import { useState } from 'preact/hooks';
import { useT } from './translator-context';

/** A one-time-code field and its submit button; digits only, so phones show the number pad. */
export function CodeForm(props: { label: string; busy: boolean; onSubmit: (code: string) => void }) {
  const t = useT();
  const [code, setCode] = useState('');
  return (
    <form
      class="code-form"
      onSubmit={(event) => {
        event.preventDefault();
        const digits = code.replace(/\s+/g, '');
        if (digits) props.onSubmit(digits);
      }}
    >
      <label>
        {props.label}
        <input
          name="code"
          inputMode="numeric"
          pattern="[0-9 ]*"
          autoComplete="one-time-code"
          required
          value={code}
          onInput={(event) => setCode(event.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={props.busy}>
        {t('step_confirm')}
      </button>
    </form>
  );
}
