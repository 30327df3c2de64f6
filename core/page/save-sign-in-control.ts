import { describeRequestFailure } from './describe-fill-refusal';
import type { ControlSpec, FillerPorts, PendingSignIn } from './filler-ports';
import { keepSignIn } from './keep-sign-in';

/**
 * After the page accepted a username and password Sidekey does not hold, the control in the window's corner:
 * `Sidekey: save sign-in` (`Sidekey: save sign-in for <username>`) for a username with no saved sign-in on this
 * origin, `Sidekey: update saved sign-in` (`… for <username>`) for one whose saved password differs. Either
 * choice keeps the sign-in bound to this origin (and its pool) through {@link keepSignIn}, which asks the worker
 * again, so a control offered while the vault was locked works once it is unlocked.
 */
export function saveSignInControl(
  pending: PendingSignIn,
  options: { update: boolean; note?: string },
  ports: FillerPorts,
): ControlSpec {
  const { t } = ports;
  const { username } = pending;
  return {
    anchor: null,
    name: t(options.update ? 'control_update_sign_in' : 'control_save_sign_in'),
    choices: [
      {
        id: options.update ? 'update' : 'save',
        name: t(options.update ? 'control_update_sign_in_for' : 'control_save_sign_in_for', username),
      },
    ],
    ...(options.note ? { note: options.note } : {}),
    act: async () => {
      const kept = await keepSignIn(pending, ports);
      return kept.ok ? undefined : describeRequestFailure(kept, t);
    },
  };
}
