import { useRef, useState } from 'preact/hooks';
import { AccountFlowButtons } from './AccountFlowButtons';
import { FieldAlert } from './FieldAlert';
import type { FlowError } from './flow-error';
import { useT } from './translator-context';
import { useScreenFocus } from './use-screen-focus';

const FIELDS = ['username'] as const;

/** The first half of a password reset: whose password, then "Send code" (the username kept from sign-in). */
export function ForgotPasswordScreen(props: {
  username?: string;
  busy: boolean;
  error?: FlowError;
  onSend: (username: string) => void;
  onBack: () => void;
}) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [username, setUsername] = useState(props.username ?? '');
  useScreenFocus(form, props.error);
  const atUsername = props.error?.field === 'username';
  return (
    <section class="step account-flow forgot-password" aria-labelledby="step-title">
      <h2 id="step-title" title="RESET_PASSWORD">
        {t('forgot_password_title')}
      </h2>
      <p class="hint">{t('forgot_password_hint')}</p>
      <form
        ref={form}
        class="forgot-password"
        onSubmit={(event) => {
          event.preventDefault();
          if (username.trim()) props.onSend(username.trim());
        }}
      >
        <label>
          {t('account_username')}
          <input
            name="username"
            autoComplete="username"
            required
            aria-invalid={atUsername || undefined}
            aria-describedby={atUsername ? 'username-error' : undefined}
            value={username}
            onInput={(event) => setUsername(event.currentTarget.value)}
          />
        </label>
        <FieldAlert error={props.error} field="username" />
        <FieldAlert error={props.error} fields={FIELDS} />
        <AccountFlowButtons submitLabel={t('forgot_password_send')} busy={props.busy} onBack={props.onBack} />
      </form>
    </section>
  );
}
