import { COGNITO_DEFAULT_POLICY, type PasswordPolicy } from '../core/profiles/password-policy';
import { type MessageKey, useT } from './translator-context';

type ClassRule = Exclude<keyof PasswordPolicy, 'minimumLength'>;

/** Each character class a policy may require, how it is named and how a password shows it. */
const CLASSES: ReadonlyArray<readonly [ClassRule, MessageKey, RegExp]> = [
  ['requireLowercase', 'settings_rule_lower', /[a-z]/],
  ['requireUppercase', 'settings_rule_upper', /[A-Z]/],
  ['requireNumbers', 'settings_rule_number', /[0-9]/],
  // Cognito counts any of its listed special characters; anything neither a letter, a digit nor a space is close.
  ['requireSymbols', 'settings_rule_symbol', /[^A-Za-z0-9\s]/],
];

/**
 * The pool's password policy (as its settings say; Cognito's default otherwise) as a list a person ticks off while
 * typing a new password: each rule marked met or not. Only a hint: the pool decides, and its refusal is shown at
 * the field.
 */
export function PasswordRules(props: { policy?: PasswordPolicy; password: string; id: string }) {
  const t = useT();
  const policy = props.policy ?? COGNITO_DEFAULT_POLICY;
  const rules: Array<[string, boolean]> = [
    [t('settings_rule_length', String(policy.minimumLength)), props.password.length >= policy.minimumLength],
    ...CLASSES.filter(([rule]) => policy[rule]).map(([, name, pattern]): [string, boolean] => [
      t(name),
      pattern.test(props.password),
    ]),
  ];
  return (
    <div class="password-rules" id={props.id}>
      <p>{t('settings_password_rules')}</p>
      <ul>
        {rules.map(([text, met]) => (
          <li key={text} class={met ? 'rule met' : 'rule'}>
            <span aria-hidden="true">{met ? '✓ ' : '• '}</span>
            {text}
          </li>
        ))}
      </ul>
    </div>
  );
}
