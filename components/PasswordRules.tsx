import {
  COGNITO_DEFAULT_POLICY,
  type PasswordPolicy,
  type PasswordRule,
  policyRules,
  unmetPasswordRules,
} from '../core/profiles/password-policy';
import { type MessageKey, type Translate, useT } from './translator-context';

const CLASS_TEXT: Record<Exclude<PasswordRule, 'minimumLength'>, MessageKey> = {
  requireLowercase: 'password_rule_lower',
  requireUppercase: 'password_rule_upper',
  requireNumbers: 'password_rule_number',
  requireSymbols: 'password_rule_symbol',
};

function ruleText(rule: PasswordRule, policy: PasswordPolicy, t: Translate): string {
  return rule === 'minimumLength' ? t('password_rule_length', String(policy.minimumLength)) : t(CLASS_TEXT[rule]);
}

/**
 * The pool's password policy (as its settings say; Cognito's default otherwise) as a list a person ticks off while
 * typing a new password: each rule marked met or not, by the same check (core/profiles/password-policy.ts) that
 * decides whether the password is sent. Only a hint: the pool decides, and its refusal is shown at the field.
 */
export function PasswordRules(props: { policy?: PasswordPolicy; password: string; id: string }) {
  const t = useT();
  const policy = props.policy ?? COGNITO_DEFAULT_POLICY;
  const unmet = unmetPasswordRules(policy, props.password);
  return (
    <div class="password-rules" id={props.id}>
      <p>{t('settings_password_rules')}</p>
      <ul>
        {policyRules(policy).map((rule) => {
          const met = !unmet.includes(rule);
          return (
            <li key={rule} data-rule={rule} class={met ? 'rule met' : 'rule'}>
              <span aria-hidden="true">{met ? '✓ ' : '• '}</span>
              {ruleText(rule, policy, t)}
              <span class="visually-hidden"> {t(met ? 'account_rule_met' : 'account_rule_unmet')}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
