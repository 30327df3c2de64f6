import { useRef, useState } from 'preact/hooks';
import type { CodeDeliveryDetails } from '../core/auth/index';
import type { PasswordPolicy } from '../core/profiles/password-policy';
import { AccountFlowButtons } from './AccountFlowButtons';
import { ConfirmationCodeField } from './ConfirmationCodeField';
import { checkNewPassword } from './check-new-password';
import { DeliveryNote } from './DeliveryNote';
import { FieldAlert } from './FieldAlert';
import type { FlowError } from './flow-error';
import { NewPasswordFields } from './NewPasswordFields';
import { useT } from './translator-context';
import { useScreenFocus } from './use-screen-focus';

const FIELDS = ['confirmationCode', 'newPassword', 'newPasswordRepeat'] as const;

/**
 * The second half of a password reset: the code the pool sent and a new password typed twice, checked against
 * the pool's rules before it is sent; then Sidekey signs in with it.
 */
export function ConfirmResetPasswordScreen(props: {
  username: string;
  delivery?: CodeDeliveryDetails;
  policy: PasswordPolicy;
  busy: boolean;
  error?: FlowError;
  onSubmit: (input: { confirmationCode: string; newPassword: string }) => void;
  onResend: () => void;
  onBack: () => void;
}) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [local, setLocal] = useState<FlowError>();
  const error = local ?? props.error;
  useScreenFocus(form, error);
  return (
    <section class="step account-flow confirm-reset-password" aria-labelledby="step-title">
      <h2 id="step-title" title="CONFIRM_RESET_PASSWORD_WITH_CODE">
        {t('reset_password_title')}
      </h2>
      <DeliveryNote delivery={props.delivery} />
      <form
        ref={form}
        class="confirm-reset-password"
        onSubmit={(event) => {
          event.preventDefault();
          const confirmationCode = code.replace(/\s+/g, '');
          if (!confirmationCode) return;
          const failure = checkNewPassword({ policy: props.policy, password, repeat, field: 'newPassword' }, t);
          setLocal(failure);
          if (!failure) props.onSubmit({ confirmationCode, newPassword: password });
        }}
      >
        <ConfirmationCodeField value={code} error={error} onInput={setCode} />
        <NewPasswordFields
          name="newPassword"
          label={t('reset_password_new')}
          policy={props.policy}
          password={password}
          repeat={repeat}
          error={error}
          onPassword={setPassword}
          onRepeat={setRepeat}
        />
        <FieldAlert error={error} fields={FIELDS} />
        <AccountFlowButtons
          submitLabel={t('reset_password_button')}
          busy={props.busy}
          onResend={props.onResend}
          onBack={props.onBack}
        />
      </form>
    </section>
  );
}
