import { maskDestination } from '../auth-support/mask-destination';
import { issueCode } from '../codes/issue-code';
import type { DeliveryMedium } from '../state/types';
import type { Ctx, FlowState, SignInTarget } from './sign-in-types';

type CodePurpose = NonNullable<FlowState['codePurpose']> | 'CUSTOM_CHALLENGE';

/**
 * Sends a sign-in code (3-minute, single use) to the outbox and returns the ChallengeParameters that describe the
 * delivery: `CODE_DELIVERY_DELIVERY_MEDIUM` and the masked `CODE_DELIVERY_DESTINATION` (docs/cognito-api.md §2.8).
 * EMAIL_OTP first-factor codes have 8 digits, the others 6 (as Cognito sends them).
 */
export function sendSignInCode(
  ctx: Ctx,
  target: SignInTarget,
  options: { purpose: CodePurpose; channel: DeliveryMedium; destination: string },
): Record<string, string> {
  const digits = options.purpose === 'EMAIL_OTP' ? 8 : 6;
  const code = issueCode(ctx, { user: target.user, purpose: options.purpose, digits });
  ctx.outbox.send({
    userPoolId: target.pool.Id,
    username: target.user.Username,
    channel: options.channel,
    destination: options.destination,
    code,
    purpose: options.purpose,
    sentAt: ctx.clock.now(),
  });
  ctx.store.changed();
  return {
    CODE_DELIVERY_DELIVERY_MEDIUM: options.channel,
    CODE_DELIVERY_DESTINATION: maskDestination({ channel: options.channel, destination: options.destination }),
  };
}
