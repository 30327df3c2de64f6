import { useT } from './translator-context';

/**
 * The buttons that end an account-flow form (sign-up, its confirmation, a password reset): the form's submit,
 * "Resend code" where the step waits for a code the pool sent, and the way back to sign-in.
 */
export function AccountFlowButtons(props: {
  submitLabel: string;
  busy: boolean;
  onResend?: () => void;
  onBack: () => void;
}) {
  const t = useT();
  return (
    <>
      <button type="submit" class="primary" disabled={props.busy}>
        {props.submitLabel}
      </button>
      {props.onResend && (
        <button type="button" class="resend-code" disabled={props.busy} onClick={props.onResend}>
          {t('confirm_sign_up_resend')}
        </button>
      )}
      <button type="button" class="link back-to-sign-in" onClick={props.onBack}>
        {t('account_back_to_sign_in')}
      </button>
    </>
  );
}
