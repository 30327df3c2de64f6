/** A labelled password input (the label wraps it, so assistive technology names the field). */
export function PasswordField(props: {
  label: string;
  name: string;
  value: string;
  autoComplete: 'current-password' | 'new-password' | 'off';
  onInput: (value: string) => void;
}) {
  return (
    <label>
      {props.label}
      <input
        type="password"
        name={props.name}
        autoComplete={props.autoComplete}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </label>
  );
}
