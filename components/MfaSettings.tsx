import type { AuthMFAType } from '../core/auth/amplify-shapes';
import type { AccountSettingsProps } from './account-settings-props';
import { SettingsNoteText } from './SettingsNoteText';
import { type MessageKey, useT } from './translator-context';

/** The factors Amplify's `fetchMFAPreference` reports, in the order shown, with their names for people. */
const MFA_FACTORS: ReadonlyArray<readonly [AuthMFAType, MessageKey]> = [
  ['TOTP', 'settings_factor_totp'],
  ['SMS', 'settings_factor_sms'],
  ['EMAIL', 'settings_factor_email'],
];

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
            return (
              <li key={factor} class="mfa-factor" data-factor={factor}>
                <span class="mfa-name">{t(name)}</span>{' '}
                <span class="mfa-state">
                  {t(preferred ? 'settings_mfa_preferred' : on ? 'settings_mfa_on' : 'settings_mfa_off')}
                </span>
                {on && !preferred && (
                  <button
                    type="button"
                    class="mfa-prefer"
                    title="updateMFAPreference (PREFERRED)"
                    aria-label={t('settings_mfa_prefer_named', t(name))}
                    disabled={busy}
                    onClick={() => props.onMfaChange(factor, 'PREFERRED')}
                  >
                    {t('settings_mfa_make_preferred')}
                  </button>
                )}
                {on ? (
                  <button
                    type="button"
                    class="mfa-disable"
                    title="updateMFAPreference (DISABLED)"
                    aria-label={t('settings_mfa_disable_named', t(name))}
                    disabled={busy}
                    onClick={() => props.onMfaChange(factor, 'DISABLED')}
                  >
                    {t('settings_mfa_disable')}
                  </button>
                ) : (
                  <button
                    type="button"
                    class="mfa-enable"
                    title="updateMFAPreference (ENABLED)"
                    aria-label={t('settings_mfa_enable_named', t(name))}
                    disabled={busy}
                    onClick={() => props.onMfaChange(factor, 'ENABLED')}
                  >
                    {t('settings_mfa_enable')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <SettingsNoteText note={props.notes.mfa} />
    </section>
  );
}
