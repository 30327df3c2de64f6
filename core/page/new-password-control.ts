import { describeFillRefusal } from './describe-fill-refusal';
import { type FieldWrite, fillFields } from './fill-fields';
import type { ControlSpec, FillerPorts } from './filler-ports';
import { generatePassword } from './generate-password';
import type { PageOffer } from './page-messages';
import type { RecognisedPage } from './sign-in-page';

/**
 * The new-password steps' control (forceNewPassword, sign-up, reset), `Sidekey: suggest password`: on the user's
 * choice it generates a strong password meeting the policy the worker gives for this origin's pool (Cognito's
 * default when it knows none), fills it (and its confirmation), and remembers it: it is saved, or replaces the
 * saved password of this account, only once the step succeeds (docs/sign-in-pages.md §4).
 */
export function newPasswordControl(page: RecognisedPage, offer: PageOffer, ports: FillerPorts): ControlSpec | null {
  const { newPassword, confirmPassword, username } = page.fields;
  if (!newPassword) return null;
  const { t } = ports;
  return {
    anchor: newPassword,
    name: t('control_suggest_password'),
    choices: [{ id: 'generate', name: t('control_use_strong_password') }],
    act: async (_choice, event, host) => {
      const password = generatePassword(offer.passwordPolicy, ports.randomBytes);
      const writes: FieldWrite[] = [[newPassword, password]];
      if (confirmPassword) writes.push([confirmPassword, password]);
      const filled = fillFields(writes, { view: ports.view, event, ownHost: host });
      if (!filled.ok) return describeFillRefusal(filled, t);
      // A sign-up's username may still be typed: the filler takes it from the field when the form is sent.
      const account = username?.value.trim() || ports.memory.username || '';
      if (!account && !username) return t('page_password_no_username');
      ports.memory.pending = { username: account, password, generated: true, step: page.step };
      // A reset ends back at sign-in, as giving up does: there Sidekey asks (start-filler.ts, SUCCESS_OR_GIVING_UP).
      if (offer.vault !== 'unlocked' || page.step === 'confirmResetPassword') {
        return t('page_password_will_offer');
      }
      return t('page_password_will_save');
    },
  };
}
