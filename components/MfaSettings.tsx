import type { AuthMFAType } from '../core/auth/amplify-shapes';
import type { AccountSettingsProps, MfaChange } from './account-settings-props';
import { SettingsNoteText } from './SettingsNoteText';
import { type MessageKey, useT } from './translator-context';

/** The factors Amplify's `fetchMFAPreference` reports, in the order shown, with their names for people. */
const MFA_FACTORS: ReadonlyArray<readonly [AuthMFAType, MessageKey]> = [
  ['TOTP', 'settings_factor_totp'],
  ['SMS', 'settings_factor_sms'],
  ['EMAIL', 'settings_factor_email'],
];

/**
 * The buttons of a factor's row, by the change each asks `updateMFAPreference` for: their words, and the call shown
 * on hover for developers (an API name, which no language translates).
 */
const MFA_ACTIONS = {
  PREFERRED: {
    class: 'mfa-prefer',
    label: 'settings_mfa_prefer_named',
    text: 'settings_mfa_make_preferred',
    call: 'updateMFAPreference (PREFERRED)',
  },
  DISABLED: {
    class: 'mfa-disable',
    label: 'settings_mfa_disable_named',
    text: 'settings_mfa_disable',
    call: 'updateMFAPreference (DISABLED)',
  },
  ENABLED: {
    class: 'mfa-enable',
    label: 'settings_mfa_enable_named',
    text: 'settings_mfa_enable',
    call: 'updateMFAPreference (ENABLED)',
  },
} as const satisfies Partial<Record<MfaChange, { class: string; label: MessageKey; text: MessageKey; call: string }>>;

/**
 * Two-step verification: which of TOTP, SMS and email are on and which is preferred, with buttons to turn each on
 * or off and to prefer one (Amplify's `updateMFAPreference`, named on hover). Cognito refuses TOTP until an
 * authenticator app was set up and verified (below), and any factor the pool does not allow; the refusal is shown.
 */
export function MfaSettings(props: Pick<AccountSettingsProps, 'mfa' | 'busy' | 'notes' | 'onMfaChange'>) {
  const t = useT();
  const { mfa } = props;
  const busy = props.busy.mfa === true;
  return (
    <section class="mfa-settings" aria-labelledby="mfa-title" title="fetchMFAPreference">
      <h3 id="mfa-title">{t('settings_mfa_title')}</h3>
      {!mfa && !props.notes.mfa && <p class="loading">{t('settings_loading')}</p>}
      {mfa && (
        <ul class="mfa-factors">
          {MFA_FACTORS.map(([factor, name]) => {
            const on = mfa.enabled.includes(factor);
            const preferred = mfa.preferred === factor;
            // Off: turn it on. On: prefer it (unless it is already) and turn it off.
            const changes: ReadonlyArray<keyof typeof MFA_ACTIONS> = on
              ? preferred
                ? ['DISABLED']
                : ['PREFERRED', 'DISABLED']
              : ['ENABLED'];
            return (
              <li key={factor} class="mfa-factor" data-factor={factor}>
                <span class="mfa-name">{t(name)}</span>{' '}
                <span class="mfa-state">
                  {t(preferred ? 'settings_mfa_preferred' : on ? 'settings_mfa_on' : 'settings_mfa_off')}
                </span>
                {changes.map((change) => (
                  <button
                    // Keyed by place: the on/off button stays one element (keeping focus) as Enable turns Disable.
                    key={change === 'PREFERRED' ? 'prefer' : 'on-off'}
                    type="button"
                    class={MFA_ACTIONS[change].class}
                    title={MFA_ACTIONS[change].call}
                    aria-label={t(MFA_ACTIONS[change].label, t(name))}
                    disabled={busy}
                    onClick={() => props.onMfaChange(factor, change)}
                  >
                    {t(MFA_ACTIONS[change].text)}
                  </button>
                ))}
              </li>
            );
          })}
        </ul>
      )}
      <SettingsNoteText note={props.notes.mfa} />
    </section>
  );
}
