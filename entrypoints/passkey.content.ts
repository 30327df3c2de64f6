import { startAuthentication, startRegistration } from '@simplewebauthn/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPasskeyCeremony } from '../core/page/run-passkey-ceremony';
import { PASSKEY_CEREMONY_KEY, type PasskeyCeremonyRequest } from '../core/passkeys/passkey-ceremony';

/**
 * The passkey content script: injected by the worker (`scripting.executeScript`, the isolated world) into the top
 * frame of a tab on the relying party's origin, where WebAuthn answers for that origin (docs/browser-testing.md
 * §Passkeys). It only publishes the ceremony on its own world's global, out of the page's reach; the worker then
 * calls it with the options (entrypoints/background/passkey-tabs.ts).
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    const scope = globalThis as { [PASSKEY_CEREMONY_KEY]?: unknown };
    scope[PASSKEY_CEREMONY_KEY] = (request: PasskeyCeremonyRequest) =>
      runPasskeyCeremony(request, { startAuthentication, startRegistration, origin: location.origin });
  },
});
