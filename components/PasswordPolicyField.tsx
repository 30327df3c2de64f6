import type { ComponentChild } from 'preact';
import type { PasswordPolicy } from '../core/profiles/password-policy';
import { type MessageKey, useT } from './translator-context';

type ClassRule = Exclude<keyof PasswordPolicy, 'minimumLength'>;

const CLASSES: ReadonlyArray<readonly [ClassRule, MessageKey]> = [
  ['requireLowercase', 'policy_field_requires_lower'],
  ['requireUppercase', 'policy_field_requires_upper'],
  ['requireNumbers', 'policy_field_requires_number'],
  ['requireSymbols', 'policy_field_requires_symbol'],
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
  const t = useT();
  const { value } = props;
  return (
    <fieldset class="password-policy">
      <legend>{t('policy_field_legend')}</legend>
      <label>
        {t('policy_field_minimum_length')}
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
          {t(text)}
        </label>
      ))}
      {props.error}
    </fieldset>
  );
}
