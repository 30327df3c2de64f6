import { FieldAlert } from './FieldAlert';
import type { FlowError } from './flow-error';
import { useT } from './translator-context';

/** The code the pool sent (`confirmationCode`, as the request names it), with its failure under it. */
export function ConfirmationCodeField(props: { value: string; error?: FlowError; onInput: (value: string) => void }) {
  const t = useT();
  const atCode = props.error?.field === 'confirmationCode';
  return (
    <>
      <label>
        {t('step_code_label')}
        <input
          name="confirmationCode"
          inputMode="numeric"
          pattern="[0-9 ]*"
          autoComplete="one-time-code"
          required
          aria-invalid={atCode || undefined}
          aria-describedby={atCode ? 'confirmationCode-error' : undefined}
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      </label>
      <FieldAlert error={props.error} field="confirmationCode" />
    </>
  );
}
