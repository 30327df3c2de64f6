import { describeRequestFailure } from './describe-fill-refusal';
import type { ControlSpec, FillerPorts, PendingSignIn } from './filler-ports';

/**
 * After a sign-in succeeded with a username and password Sidekey does not know, `Sidekey: save sign-in` offers to
 * keep them, bound to this origin (the worker binds it): `Sidekey: save sign-in for <username>`.
 */
export function saveSignInControl(pending: PendingSignIn, ports: FillerPorts): ControlSpec {
  return {
    anchor: null,
    name: 'Sidekey: save sign-in',
    choices: [
      {
        id: 'save',
        name: `Sidekey: save sign-in for ${pending.username}`,
        text: `Save the sign-in for ${pending.username} in Sidekey`,
      },
    ],
    act: async () => {
      const reply = await ports.request('page.saveSignIn', { username: pending.username, password: pending.password });
      if (!reply.ok) return describeRequestFailure(reply);
      ports.memory.knownUsernames.add(pending.username);
      return undefined;
    },
  };
}
