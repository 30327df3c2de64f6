import type { FlowError } from './flow-error';

/**
 * A flow screen's failure: under the input it names (`field`, with `id` `<field>-error` for `aria-describedby`),
 * or, without `field`, every failure whose field is none of the screen's `fields`.
 */
export function FieldAlert(props: { error?: FlowError; field?: string; fields?: readonly string[] }) {
  const { error, field } = props;
  if (!error) return null;
  if (field !== undefined) {
    return error.field === field ? (
      <p id={`${field}-error`} class="field-error" role="alert">
        {error.text}
      </p>
    ) : null;
  }
  if (error.field !== undefined && props.fields?.includes(error.field)) return null;
  return (
    <p class="error" role="alert">
      {error.text}
    </p>
  );
}
