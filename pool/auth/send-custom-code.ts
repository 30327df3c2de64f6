import { sendSignInCode } from './send-sign-in-code';
import type { Ctx, SignInTarget } from './sign-in-types';

/** Sends the `code-challenge` trigger's code: to the email when the user has one, else by SMS. */
export function sendSignInCodeForCustom(ctx: Ctx, target: SignInTarget): Record<string, string> {
  const { email, phone_number: phone } = target.user.attributes;
  return sendSignInCode(ctx, target, {
    purpose: 'CUSTOM_CHALLENGE',
    channel: email ? 'EMAIL' : 'SMS',
    destination: email ?? phone ?? '',
  });
}
