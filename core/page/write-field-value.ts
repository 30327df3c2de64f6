/**
 * Writes `value` into an input the way a person typing would leave it, so controlled inputs (React, which Amplify
 * UI uses; Vue; Angular) take it: focus, the prototype's native `value` setter — not `field.value =`, which a
 * framework may have shadowed on the instance to track values (React does) — then bubbling `input` and `change`
 * events. Writes nothing but `value`.
 */
export function writeFieldValue(field: HTMLInputElement, value: string): void {
  const setter = nativeValueSetter(field);
  field.focus();
  setter.call(field, value);
  const EventOfRealm = field.ownerDocument.defaultView?.Event ?? Event;
  field.dispatchEvent(new EventOfRealm('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new EventOfRealm('change', { bubbles: true }));
}

/** The `value` setter of the nearest prototype that defines one (skipping any own property on the instance). */
function nativeValueSetter(field: HTMLInputElement): (this: HTMLInputElement, value: string) => void {
  for (let proto = Object.getPrototypeOf(field); proto; proto = Object.getPrototypeOf(proto)) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) return setter;
  }
  throw new TypeError('This input has no value setter.');
}

/** Picks a radio button the way a click would (once), so the framework hears of it. */
export function selectRadio(radio: HTMLInputElement): void {
  if (!radio.checked) radio.click();
}
