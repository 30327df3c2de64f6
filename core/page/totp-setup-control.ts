import { codeInputs, fillCode } from './code-control';
import { describeFillRefusal, describeRequestFailure } from './describe-fill-refusal';
import { checkFill } from './fill-fields';
import type { ControlSpec, FillerPorts } from './filler-ports';
import { pickCode } from './pick-code';
import { readTotpKey } from './read-totp-key';
import type { RecognisedPage } from './sign-in-page';

/**
 * The TOTP set-up step's control, `Sidekey: save authenticator key`: on the user's choice it reads the key from
 * the page (the QR image's otpauth:// URI, else the printed secret), asks the worker to store it bound to this
 * origin and account, and fills the verification code it answers with. When the worker cannot tell the account's
 * pool yet, the filler binds the key once the set-up succeeds (core/page/start-filler.ts).
 */
export function totpSetupControl(page: RecognisedPage, ports: FillerPorts): ControlSpec | null {
  const source = page.fields.totpSetup;
  if (!source) return null;
  const field = page.fields.code;
  const account = ports.memory.username;
  const { t } = ports;
  return {
    anchor: (field ? codeInputs(field)[0] : undefined) ?? source.qrImage ?? null,
    name: t('control_save_authenticator_key'),
    choices: [
      {
        id: 'save',
        name: account ? t('control_save_key_for', account) : t('control_save_key'),
      },
    ],
    act: async (_choice, event, host) => {
      const context = { view: ports.view, event, ownHost: host, t };
      const checked = checkFill(field ? codeInputs(field) : [], context);
      if (!checked.ok) return describeFillRefusal(checked, t);
      const key = readTotpKey(source, { readPixels: ports.readPixels, account });
      if (!key) return t('page_key_unreadable');
      const reply = await ports.request('page.saveTotpSecret', key);
      if (!reply.ok) return describeRequestFailure(reply, t);
      if (!reply.data.boundToAccount && key.account) {
        ports.memory.capturedKey = { id: reply.data.id, username: key.account, step: page.step };
      }
      if (!field) return t('page_key_saved');
      return fillCode(field, pickCode(reply.data, ports.now()), context);
    },
  };
}
