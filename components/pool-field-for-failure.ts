/** The add-pool form's fields, as `profiles.add` names them. */
export type PoolField = 'label' | 'userPoolId' | 'userPoolClientId' | 'userPoolEndpoint' | 'origins' | 'hostedUiDomain';

/** Which words in an `InvalidProfile` message point at which field (core/profiles/pool-profile.ts). */
const PROFILE_HINTS: Array<[RegExp, PoolField]> = [
  [/"userPoolId"|user pool id/, 'userPoolId'],
  [/"userPoolClientId"|app client id/, 'userPoolClientId'],
  [/"userPoolEndpoint"|endpoint/, 'userPoolEndpoint'],
  [/"origins"/, 'origins'],
  [/"hostedUiDomain"|"scopes"/, 'hostedUiDomain'],
  [/"label"/, 'label'],
];

/**
 * The field a failed `profiles.add` is about, from its typed code: `ProfileExists` → the app client,
 * `InvalidOrigin` → whichever typed address the message quotes (sites otherwise), `InvalidProfile` → the field its
 * message names. Undefined when no field fits (the form shows it above the button).
 */
export function poolFieldForFailure(
  failure: { code: string; message: string },
  typed: { userPoolEndpoint?: string; hostedUiDomain?: string },
): PoolField | undefined {
  if (failure.code === 'ProfileExists') return 'userPoolClientId';
  if (failure.code === 'InvalidOrigin') {
    const quotes = (value?: string) => Boolean(value) && failure.message.includes(hostOf(value!));
    if (quotes(typed.hostedUiDomain)) return 'hostedUiDomain';
    if (quotes(typed.userPoolEndpoint)) return 'userPoolEndpoint';
    return 'origins';
  }
  if (failure.code === 'InvalidProfile') return PROFILE_HINTS.find(([pattern]) => pattern.test(failure.message))?.[1];
  return undefined;
}

function hostOf(value: string): string {
  try {
    return new URL(value.includes('://') ? value : `https://${value}`).host || value;
  } catch {
    return value;
  }
}
