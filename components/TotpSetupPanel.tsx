import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { renderQrSvg } from '../core/otp/render-qr-svg';
import type { AccountSettingsProps } from './account-settings-props';
import { SettingsNoteText } from './SettingsNoteText';
import { useT } from './translator-context';

const svgUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/**
 * Setting up an authenticator app from the popup (Amplify's `setUpTOTP` and `verifyTOTPSetup`, named on hover):
 * the new key goes straight into Sidekey's vault bound to the account; the QR and the key are shown for another
 * device; the code field holds the vault's current code, so one Enter verifies; once verified, TOTP can be made
 * the preferred second step. A locked vault is unlocked first.
 */
export function TotpSetupPanel(
  props: Pick<
    AccountSettingsProps,
    'totp' | 'busy' | 'notes' | 'onTotpStart' | 'onTotpVerify' | 'onTotpCancel' | 'onTotpPreferred' | 'onUnlock'
  >,
) {
  const t = useT();
  const { totp } = props;
  const busy = props.busy.totp === true;
  const note = props.notes.totp;
  const vaultCode = totp.status === 'verifying' ? totp.entry.code : '';
  const [code, setCode] = useState(vaultCode);
  // The field follows the vault's code as the period moves on (a typed code stays until the next one).
  useEffect(() => setCode(vaultCode), [vaultCode]);
  const codeField = useRef<HTMLInputElement>(null);
  const status = totp.status;
  useEffect(() => {
    if (status === 'verifying') codeField.current?.focus();
  }, [status]);
  useEffect(() => {
    if (note?.field === 'code') codeField.current?.focus();
  }, [note]);
  const setupUri = totp.status === 'verifying' ? totp.setupUri : '';
  const qr = useMemo(() => (setupUri ? svgUrl(renderQrSvg(setupUri)) : ''), [setupUri]);
  const codeError = note?.failed && note.field === 'code' ? note.text : undefined;

  return (
    <section class="totp-setup" aria-labelledby="totp-setup-title">
      <h3 id="totp-setup-title">{t('settings_totp_title')}</h3>
      {totp.status === 'idle' && (
        <button
          type="button"
          class="totp-start"
          title="setUpTOTP"
          aria-label={t('control_set_up_authenticator')}
          disabled={busy}
          onClick={props.onTotpStart}
        >
          {t('settings_totp_start')}
        </button>
      )}
      {totp.status === 'locked' && (
        <p class="totp-locked" role="alert">
          {t('settings_totp_locked')}{' '}
          <button type="button" class="totp-unlock" onClick={props.onUnlock}>
            {t('settings_unlock')}
          </button>
        </p>
      )}
      {totp.status === 'verifying' && (
        <form
          class="totp-verify"
          onSubmit={(event) => {
            event.preventDefault();
            props.onTotpVerify(code);
          }}
        >
          <img class="totp-qr" src={qr} alt={t('settings_totp_qr_alt')} width={160} height={160} />
          <p class="totp-key">
            {t('settings_totp_key')} <code class="totp-secret">{totp.sharedSecret}</code>
          </p>
          <label>
            {t('settings_totp_code')}
            <input
              ref={codeField}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              aria-invalid={codeError ? true : undefined}
              aria-describedby={codeError ? 'totp-code-error' : undefined}
              value={code}
              onInput={(event) => setCode(event.currentTarget.value)}
            />
          </label>
          {codeError && (
            <p id="totp-code-error" class="field-error" role="alert">
              {codeError}
            </p>
          )}
          <button
            type="submit"
            class="totp-verify-submit"
            title="verifyTOTPSetup"
            aria-label={t('control_verify_authenticator')}
            disabled={busy}
          >
            {t('settings_totp_verify')}
          </button>{' '}
          <button type="button" class="totp-cancel" disabled={busy} onClick={props.onTotpCancel}>
            {t('settings_totp_cancel')}
          </button>
        </form>
      )}
      {totp.status === 'verified' && (
        <p class="totp-verified">
          <button
            type="button"
            class="totp-prefer"
            title="updateMFAPreference (totp: PREFERRED)"
            aria-label={t('control_prefer_authenticator')}
            disabled={busy}
            onClick={props.onTotpPreferred}
          >
            {t('settings_totp_make_preferred')}
          </button>
        </p>
      )}
      <SettingsNoteText note={note} fields={totp.status === 'verifying' ? ['code'] : []} />
    </section>
  );
}
