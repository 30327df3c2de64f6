import type { PoolInputField } from '../core/profiles/account-message-shapes';

/** The pool form's fields, as `profiles.add` names them. */
export type PoolField =
  | 'label'
  | 'userPoolId'
  | 'userPoolClientId'
  | 'userPoolEndpoint'
  | 'region'
  | 'origins'
  | 'hostedUiDomain'
  | 'passwordPolicy';

/** Where the form shows a refusal of each `profiles.add` (and `profiles.update`) field (the scopes go with the hosted UI they are for). */
const FORM_FIELD: Record<PoolInputField, PoolField | undefined> = {
  label: 'label',
  userPoolId: 'userPoolId',
  userPoolClientId: 'userPoolClientId',
  userPoolEndpoint: 'userPoolEndpoint',
  region: 'region',
  origins: 'origins',
  hostedUiDomain: 'hostedUiDomain',
  scopes: 'hostedUiDomain',
  passwordPolicy: 'passwordPolicy',
};

/**
 * The form field a failed `profiles.add` is about, from the reply's `field` (`origins.2` → the sites); undefined
 * when the reply names none the form shows (the form then shows it above the button).
 */
export function poolFieldForFailure(failure: { field?: string }): PoolField | undefined {
  const top = failure.field?.split('.')[0];
  return top !== undefined && Object.hasOwn(FORM_FIELD, top) ? FORM_FIELD[top as PoolInputField] : undefined;
}
