import type { CodeDeliveryDetails } from '../core/auth/index';
import { CodeForm } from './CodeForm';

const MEDIUM: Record<string, string> = { EMAIL: 'by email', SMS: 'by text message', PHONE: 'by phone' };

/** "We sent a code by email to a***@e***": where Cognito says the code went (the destination comes masked). */
function deliveryText(details: CodeDeliveryDetails | undefined): string | undefined {
  if (!details?.destination && !details?.deliveryMedium) return undefined;
  const how = MEDIUM[details.deliveryMedium ?? ''] ?? '';
  const where = details.destination ? `to ${details.destination}` : '';
  return `We sent a code ${[how, where].filter(Boolean).join(' ')}.`;
}

/** Asks for a one-time code (TOTP, SMS or email), saying where it was sent. */
export function CodePrompt(props: {
  title: string;
  delivery?: CodeDeliveryDetails;
  busy: boolean;
  onSubmit: (code: string) => void;
}) {
  const sent = deliveryText(props.delivery);
  return (
    <section class="step" aria-labelledby="step-title">
      <h2 id="step-title">{props.title}</h2>
      {sent && <p class="delivery">{sent}</p>}
      <CodeForm label="Code" busy={props.busy} onSubmit={props.onSubmit} />
    </section>
  );
}
