import { CodeForm } from './CodeForm';
import { codeAt, formatCode } from './CodeRow';
import type { StepPromptProps } from './step-prompt-props';

/** Sidekey's name for itself as the software token (VerifySoftwareToken FriendlyDeviceName, docs/cognito-api.md §9). */
const DEVICE_NAME = 'Sidekey';

/**
 * Sets up an authenticator app: shows the secret and the otpauth URI, offers to keep it in Sidekey's own vault
 * (then Sidekey shows the current code and can send it), and asks for the current code.
 */
export function TotpSetupPrompt(props: StepPromptProps<'CONTINUE_SIGN_IN_WITH_TOTP_SETUP'>) {
  const { sharedSecret, setupUri } = props.step.totpSetupDetails;
  const confirm = (code: string) => props.onConfirm(code, { friendlyDeviceName: DEVICE_NAME });
  const current = props.savedTotp ? codeAt(props.savedTotp, props.now).code : undefined;
  return (
    <section class="step" aria-labelledby="step-title">
      <h2 id="step-title">Set up an authenticator</h2>
      <p>Add this secret to an authenticator app, or let Sidekey keep it.</p>
      <p>
        Secret: <code class="secret">{sharedSecret.replace(/(.{4})/g, '$1 ').trim()}</code>
      </p>
      <label>
        Setup link
        <input class="setup-uri" readOnly value={setupUri} onFocus={(event) => event.currentTarget.select()} />
      </label>
      {current === undefined ? (
        <button type="button" class="save-totp" disabled={props.busy} onClick={() => props.onSaveTotp(setupUri)}>
          Save in Sidekey
        </button>
      ) : (
        <p class="saved-totp">
          Saved in Sidekey. Current code: <span class="code">{formatCode(current)}</span>{' '}
          <button type="button" class="use-code" disabled={props.busy} onClick={() => confirm(current)}>
            Use this code
          </button>
        </p>
      )}
      <CodeForm label="Current code" busy={props.busy} onSubmit={confirm} />
    </section>
  );
}
