import type { ComponentChild } from 'preact';
import type { PasswordPolicy } from '../core/profiles/password-policy';

type ClassRule = Exclude<keyof PasswordPolicy, 'minimumLength'>;

const CLASSES: ReadonlyArray<readonly [ClassRule, string]> = [
  ['requireLowercase', 'a lower-case letter'],
  ['requireUppercase', 'an upper-case letter'],
  ['requireNumbers', 'a number'],
  ['requireSymbols', 'a symbol'],
];

/**
 * The pool's password policy as its settings (or DescribeUserPool) show it; Sidekey's suggested passwords on the
 * pool's sites meet it. Props in, changes out; `error` is shown under it.
 */
export function PasswordPolicyField(props: {
  value: PasswordPolicy;
  onInput: (value: PasswordPolicy) => void;
  error?: ComponentChild;
}) {
  const { value } = props;
  return (
    <fieldset class="password-policy">
      <legend>Password policy (Cognito’s default unless the pool says otherwise)</legend>
      <label>
        Minimum length
        <input
          type="number"
          name="minimumLength"
          min={6}
          max={99}
          value={value.minimumLength}
          onInput={(event) => props.onInput({ ...value, minimumLength: Number(event.currentTarget.value) })}
        />
      </label>
      {CLASSES.map(([rule, text]) => (
        <label key={rule} class="check">
          <input
            type="checkbox"
            name={rule}
            checked={value[rule]}
            onChange={(event) => props.onInput({ ...value, [rule]: event.currentTarget.checked })}
          />
          Requires {text}
        </label>
      ))}
      {props.error}
    </fieldset>
  );
}
