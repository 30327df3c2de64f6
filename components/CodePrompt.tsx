import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CodeDeliveryDetails } from '../core/auth/index';
import { CodeForm } from './CodeForm';
import { formatCode } from './CodeRow';
import { type MessageKey, type Translate, useT } from './translator-context';

/** The sentence for each medium Cognito names, with and without the (masked) destination. */
const SENT: Record<string, { to: MessageKey; plain: MessageKey }> = {
  EMAIL: { to: 'code_sent_email_to', plain: 'code_sent_email' },
  SMS: { to: 'code_sent_sms_to', plain: 'code_sent_sms' },
  PHONE: { to: 'code_sent_phone_to', plain: 'code_sent_phone' },
};
const SENT_SOMEHOW = { to: 'code_sent_to', plain: 'code_sent' } as const;

/** "We sent a code by email to a***@e***": where Cognito says the code went (the destination comes masked). */
export function deliveryText(details: CodeDeliveryDetails | undefined, t: Translate): string | undefined {
  if (!details?.destination && !details?.deliveryMedium) return undefined;
  const keys = SENT[details.deliveryMedium ?? ''] ?? SENT_SOMEHOW;
  return details.destination ? t(keys.to, details.destination) : t(keys.plain);
}

/**
 * Asks for a one-time code (TOTP, SMS or email), saying where it was sent. `offered` is the code to send now from the
 * vault entry bound to the account signing in (the next period's in a period's last seconds, core/page/pick-code.ts):
 * shown with *Use this code*, focused so one Enter sends it.
 */
export function CodePrompt(props: {
  title: string;
  delivery?: CodeDeliveryDetails;
  offered?: string;
  busy: boolean;
  onSubmit: (code: string) => void;
}) {
  const t = useT();
  const sent = deliveryText(props.delivery, t);
  const useButton = useRef<HTMLButtonElement>(null);
  // Focused once it can be pressed (the offer may come while the step's request is still settling), unless the
  // person is already typing into a field.
  const ready = props.offered !== undefined && !props.busy;
  useLayoutEffect(() => {
    const button = useButton.current;
    if (ready && button && button.ownerDocument.activeElement?.tagName !== 'INPUT') button.focus();
  }, [ready]);
  return (
    <section class="step" aria-labelledby="step-title">
      <h2 id="step-title">{props.title}</h2>
      {sent && <p class="delivery">{sent}</p>}
      {props.offered !== undefined && (
        <p class="saved-totp">
          {t('totp_setup_saved')} <span class="code">{formatCode(props.offered)}</span>{' '}
          <button
            ref={useButton}
            type="button"
            class="use-code"
            disabled={props.busy}
            onClick={() => props.offered && props.onSubmit(props.offered)}
          >
            {t('totp_setup_use_code')}
          </button>
        </p>
      )}
      <CodeForm label={t('step_code_label')} busy={props.busy} onSubmit={props.onSubmit} />
    </section>
  );
}
