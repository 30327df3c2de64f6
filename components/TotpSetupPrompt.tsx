import { pickCode } from '../core/page/pick-code';
import { CodeForm } from './CodeForm';
import { formatCode } from './CodeRow';
import type { StepPromptProps } from './step-prompt-props';
import { useT } from './translator-context';

/** Sidekey's name for itself as the software token (VerifySoftwareToken FriendlyDeviceName, docs/cognito-api.md §9). */
const DEVICE_NAME = 'Sidekey';

/**
 * Sets up an authenticator app: shows the secret and the otpauth URI, offers to keep it in Sidekey's own vault
 * (then Sidekey shows the current code and can send it), and asks for the current code.
 */
export function TotpSetupPrompt(props: StepPromptProps<'CONTINUE_SIGN_IN_WITH_TOTP_SETUP'>) {
  const t = useT();
  const { sharedSecret, setupUri } = props.step.totpSetupDetails;
  const confirm = (code: string) => props.onConfirm(code, { friendlyDeviceName: DEVICE_NAME });
  const current = props.savedTotp ? pickCode(props.savedTotp, props.now) : undefined;
  return (
    <section class="step" aria-labelledby="step-title">
      <h2 id="step-title">{t('totp_setup_title')}</h2>
      <p>{t('totp_setup_intro')}</p>
      <p>
        {t('totp_setup_secret')} <code class="secret">{sharedSecret.replace(/(.{4})/g, '$1 ').trim()}</code>
      </p>
      <label>
        {t('totp_setup_link')}
        <input class="setup-uri" readOnly value={setupUri} onFocus={(event) => event.currentTarget.select()} />
      </label>
      {current === undefined ? (
        <button type="button" class="save-totp" disabled={props.busy} onClick={() => props.onSaveTotp(setupUri)}>
          {t('totp_setup_save')}
        </button>
      ) : (
        <p class="saved-totp">
          {t('totp_setup_saved')} <span class="code">{formatCode(current)}</span>{' '}
          <button type="button" class="use-code" disabled={props.busy} onClick={() => confirm(current)}>
            {t('totp_setup_use_code')}
          </button>
        </p>
      )}
      <CodeForm label={t('totp_setup_current_code')} busy={props.busy} onSubmit={confirm} />
    </section>
  );
}
