import type { FactorName, RecognisedPage } from './sign-in-page';
import { selectRadio } from './write-field-value';

const isRadio = (element: Element | undefined): element is HTMLInputElement =>
  element?.tagName === 'INPUT' && (element as HTMLInputElement).type === 'radio';

const radios = (page: RecognisedPage) =>
  (Object.entries(page.fields.factors ?? {}) as Array<[FactorName, Element]>).filter(
    (entry): entry is [FactorName, HTMLInputElement] => isRadio(entry[1]),
  );

/** The factor whose radio is checked on an MFA choice; undefined when none is (or the step has no radios). */
export function checkedFactor(page: RecognisedPage): FactorName | undefined {
  return radios(page).find(([, radio]) => radio.checked)?.[0];
}

/**
 * Puts the person's preferred factor forward without acting on it. On an MFA choice its radio is picked (as a
 * click would, so the framework hears it) while the choice is still the page's own default — the radio checked in
 * the markup, or none — never over a pick the person already made. On a first-factor choice the field or button
 * that starts it gets the focus — the password field for the password — so Enter takes it, unless the person is
 * already in a field. Nothing is submitted and nothing secret is written. Answers whether it changed anything.
 */
export function preselectFactor(page: RecognisedPage, factor: FactorName): boolean {
  const target = page.fields.factors?.[factor];
  if (page.step === 'selectMfaType') {
    const untouched = radios(page).every(([, radio]) => radio.checked === radio.defaultChecked);
    if (!isRadio(target) || target.checked || !untouched) return false;
    selectRadio(target);
    return true;
  }
  if (page.step !== 'selectFirstFactor') return false;
  const focusable = factor === 'PASSWORD' ? (page.fields.password ?? target) : target;
  const active = page.root.ownerDocument.activeElement;
  if (!focusable || (active && active !== page.root.ownerDocument.body)) return false;
  focusable.focus();
  return true;
}
