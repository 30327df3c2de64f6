import { describeFillRefusal } from './describe-fill-refusal';
import { type FieldWrite, fillFields } from './fill-fields';
import type { ControlSpec, FillerPorts } from './filler-ports';
import { COGNITO_DEFAULT_POLICY, generatePassword } from './generate-password';
import type { RecognisedPage } from './sign-in-page';

/**
 * The new-password steps' control (forceNewPassword, sign-up, reset), `Sidekey: suggest password`: on the user's
 * choice it generates a strong password meeting Cognito's default policy, fills it (and its confirmation), and
 * remembers it — it is saved only once the step succeeds.
 */
export function newPasswordControl(page: RecognisedPage, ports: FillerPorts): ControlSpec | null {
  const { newPassword, confirmPassword, username } = page.fields;
  if (!newPassword) return null;
  return {
    anchor: newPassword,
    name: 'Sidekey: suggest password',
    choices: [{ id: 'generate', name: 'Sidekey: use a strong password', text: 'Use a strong password from Sidekey' }],
    act: async (_choice, event, host) => {
      const password = generatePassword(COGNITO_DEFAULT_POLICY, ports.randomBytes);
      const writes: FieldWrite[] = [[newPassword, password]];
      if (confirmPassword) writes.push([confirmPassword, password]);
      const filled = fillFields(writes, { view: ports.view, event, ownHost: host });
      if (!filled.ok) return describeFillRefusal(filled);
      const account = username?.value.trim() || ports.memory.username;
      if (account) {
        ports.memory.username = account;
        ports.memory.pending = { username: account, password, generated: true, step: page.step };
      }
      return account
        ? 'Sidekey will save this password when the page accepts it.'
        : 'Sidekey does not know the username here, so it cannot save this password for you.';
    },
  };
}
