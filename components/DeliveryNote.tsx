import type { CodeDeliveryDetails } from '../core/auth/index';
import { deliveryText } from './CodePrompt';
import { useT } from './translator-context';

/** Where the pool sent a code, announced politely; nothing when Cognito did not say. */
export function DeliveryNote(props: { delivery?: CodeDeliveryDetails }) {
  const t = useT();
  const sent = deliveryText(props.delivery, t);
  if (!sent) return null;
  return (
    <p class="delivery" aria-live="polite">
      {sent}
    </p>
  );
}
