import { describeFillRefusal, describeRequestFailure } from './describe-fill-refusal';
import { checkFill, codeWrites, fillFields } from './fill-fields';
import type { ControlSpec, FillerPorts } from './filler-ports';
import { lockedVaultNote, retryChoice } from './locked-vault-offer';
import type { PageOffer } from './page-messages';
import type { PageTranslate } from './page-translate';
import { pickCode } from './pick-code';
import type { CodeField, RecognisedPage } from './sign-in-page';

/** The inputs of a code field, in order. */
export function codeInputs(field: CodeField): HTMLInputElement[] {
  return field.kind === 'single' ? [field.input] : field.inputs;
}

/**
 * The code step's control, `Sidekey: fill code`: one choice per vault entry the worker offers for this origin
 * and account, `Sidekey: fill code for <account>`. The code is asked for only on the user's choice, and written
 * into the single field or one digit per split input; near the end of a period the next code is used.
 */
export function codeControl(page: RecognisedPage, offer: PageOffer, ports: FillerPorts): ControlSpec | null {
  const field = page.fields.code;
  if (!field || page.codeKind === 'sms' || page.codeKind === 'email') return null;
  const { t } = ports;
  const choices = offer.codes.map((entry) => {
    const account = entry.cognitoUsername ?? (entry.account || entry.issuer);
    return { id: entry.id, name: t('control_fill_code_for', account) };
  });
  if (offer.vault === 'unlocked' && choices.length === 0) return null;
  const note = lockedVaultNote(offer, t);
  return {
    anchor: codeInputs(field)[0] ?? null,
    name: t('control_fill_code'),
    choices: note ? [retryChoice(t)] : choices,
    ...(note ? { note } : {}),
    act: async (choice, event, host) => {
      const context = { view: ports.view, event, ownHost: host };
      const checked = checkFill(codeInputs(field), context);
      if (!checked.ok) return describeFillRefusal(checked, t);
      const reply = await ports.request('page.fill', { kind: 'code', id: choice.id });
      if (!reply.ok) return describeRequestFailure(reply, t);
      if (reply.data.kind !== 'code') return t('page_unexpected_answer');
      return fillCode(field, pickCode(reply.data, ports.now()), { ...context, t });
    },
  };
}

/** Writes `code` into `field` after the safety checks; answers the refusal sentence, or undefined when written. */
export function fillCode(
  field: CodeField,
  code: string,
  context: { view: Window; event: Event; ownHost: Element; t: PageTranslate },
): string | undefined {
  const writes = codeWrites(field, code);
  if (writes === 'code-length') return describeFillRefusal({ ok: false, reason: 'code-length' }, context.t);
  const filled = fillFields(writes, context);
  return filled.ok ? undefined : describeFillRefusal(filled, context.t);
}
