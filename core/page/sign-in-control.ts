import { describeFillRefusal, describeRequestFailure } from './describe-fill-refusal';
import { checkFill, type FieldWrite, fillFields } from './fill-fields';
import type { ControlSpec, FillerPorts } from './filler-ports';
import { lockedVaultNote, retryChoice } from './locked-vault-offer';
import type { PageOffer } from './page-messages';
import type { RecognisedPage } from './sign-in-page';
import { submitStep } from './submit-step';

/**
 * The sign-in step's control, `Sidekey: fill sign-in`: for each saved sign-in bound to this origin,
 * `Sidekey: sign in as <username>` fills the username and password, and `Sidekey: fill and sign in as <username>`
 * also submits. The password is asked of the worker only after the user's choice and the safety checks. On the
 * first-factor choice the Authenticator shows the username it already has, disabled: there only that user's
 * sign-in is offered and only the password is filled.
 */
export function signInControl(page: RecognisedPage, offer: PageOffer, ports: FillerPorts): ControlSpec | null {
  const { password } = page.fields;
  const fixed = page.fields.username?.disabled || page.fields.username?.readOnly;
  const fixedName = fixed ? page.fields.username?.value.trim().toLowerCase() : undefined;
  const username = fixed ? undefined : page.fields.username;
  const anchor = password ?? username;
  if (!anchor) return null;
  const { t } = ports;
  const offered = fixed ? offer.signIns.filter((signIn) => signIn.username.toLowerCase() === fixedName) : offer.signIns;
  const choices = offered.flatMap((signIn) => [
    { id: `fill:${signIn.id}`, name: t('control_sign_in_as', signIn.username) },
    {
      id: `submit:${signIn.id}`,
      name: t('control_fill_and_sign_in_as', signIn.username),
    },
  ]);
  const locked = lockedVaultNote(offer, t);
  const note = locked ?? (choices.length === 0 ? t('page_no_saved_sign_in') : undefined);
  return {
    anchor,
    name: t('control_fill_sign_in'),
    choices: locked ? [retryChoice(t)] : choices,
    ...(note ? { note } : {}),
    act: async (choice, event, host) => {
      const [mode, id = ''] = choice.id.split(/:(.*)/s);
      const targets = [username, password].filter((field): field is HTMLInputElement => field !== undefined);
      const context = { view: ports.view, event, ownHost: host };
      const checked = checkFill(targets, context);
      if (!checked.ok) return describeFillRefusal(checked, t);
      const reply = await ports.request('page.fill', { kind: 'sign-in', id });
      if (!reply.ok) return describeRequestFailure(reply, t);
      if (reply.data.kind !== 'sign-in') return t('page_unexpected_answer');
      const writes: FieldWrite[] = [];
      if (username) writes.push([username, reply.data.username]);
      if (password) writes.push([password, reply.data.password]);
      const filled = fillFields(writes, context);
      if (!filled.ok) return describeFillRefusal(filled, t);
      ports.memory.username = reply.data.username;
      ports.memory.pending = undefined;
      if (mode === 'submit') submitStep(page);
      return undefined;
    },
  };
}
