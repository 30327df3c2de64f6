import type { CodeDeliveryDetails } from '../core/auth/index';
import { CodeForm } from './CodeForm';
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

/** Asks for a one-time code (TOTP, SMS or email), saying where it was sent. */
export function CodePrompt(props: {
  title: string;
  delivery?: CodeDeliveryDetails;
  busy: boolean;
  onSubmit: (code: string) => void;
}) {
  const t = useT();
  const sent = deliveryText(props.delivery, t);
  return (
    <section class="step" aria-labelledby="step-title">
      <h2 id="step-title">{props.title}</h2>
      {sent && <p class="delivery">{sent}</p>}
      <CodeForm label={t('step_code_label')} busy={props.busy} onSubmit={props.onSubmit} />
    </section>
  );
}
