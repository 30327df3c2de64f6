import type { FactorStep } from './page-messages';
import { checkedFactor } from './preselect-factor';
import type { FactorName, RecognisedPage } from './sign-in-page';

/**
 * The factor a person picked on a factor-choice step, read from the event that picked it: submitting an MFA choice
 * picks its checked radio; on a first-factor choice, submitting picks the password and clicking a factor's button
 * picks that factor. Undefined for any other event or step.
 */
export function pickedFactor(page: RecognisedPage, event: Event): { step: FactorStep; factor: FactorName } | undefined {
  if (page.step === 'selectMfaType' && event.type === 'submit') {
    const factor = checkedFactor(page);
    return factor ? { step: page.step, factor } : undefined;
  }
  if (page.step !== 'selectFirstFactor') return undefined;
  if (event.type === 'submit')
    return page.fields.factors?.PASSWORD ? { step: page.step, factor: 'PASSWORD' } : undefined;
  if (event.type !== 'click') return undefined;
  const target = event.target as Element | null;
  const button = target?.closest?.('button');
  const picked = (Object.entries(page.fields.factors ?? {}) as Array<[FactorName, Element]>).find(
    ([factor, element]) => factor !== 'PASSWORD' && element === button,
  );
  return picked ? { step: page.step, factor: picked[0] } : undefined;
}
