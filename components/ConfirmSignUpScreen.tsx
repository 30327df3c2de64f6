import { useRef, useState } from 'preact/hooks';
import type { CodeDeliveryDetails } from '../core/auth/index';
import { AccountFlowButtons } from './AccountFlowButtons';
import { ConfirmationCodeField } from './ConfirmationCodeField';
import { DeliveryNote } from './DeliveryNote';
import { FieldAlert } from './FieldAlert';
import type { FlowError } from './flow-error';
import { useT } from './translator-context';
import { useScreenFocus } from './use-screen-focus';

const FIELDS = ['confirmationCode'] as const;

/**
 * Confirming a new or unconfirmed account with the code the pool sent (where to, when Cognito said), with
 * "Resend code"; the code stays typed when the pool refuses it.
 */
export function ConfirmSignUpScreen(props: {
  username: string;
  delivery?: CodeDeliveryDetails;
  busy: boolean;
  error?: FlowError;
  onConfirm: (code: string) => void;
  onResend: () => void;
  onBack: () => void;
}) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [code, setCode] = useState('');
  useScreenFocus(form, props.error);
  return (
    <section class="step account-flow confirm-sign-up" aria-labelledby="step-title">
      <h2 id="step-title" title="CONFIRM_SIGN_UP">
        {t('confirm_sign_up_title')}
      </h2>
      <p class="hint">{t('confirm_sign_up_hint', props.username)}</p>
      <DeliveryNote delivery={props.delivery} />
      <form
        ref={form}
        class="confirm-sign-up"
        onSubmit={(event) => {
          event.preventDefault();
          const digits = code.replace(/\s+/g, '');
          if (digits) props.onConfirm(digits);
        }}
      >
        <ConfirmationCodeField value={code} error={props.error} onInput={setCode} />
        <FieldAlert error={props.error} fields={FIELDS} />
        <AccountFlowButtons
          submitLabel={t('confirm_sign_up_button')}
          busy={props.busy}
          onResend={props.onResend}
          onBack={props.onBack}
        />
      </form>
    </section>
  );
}
