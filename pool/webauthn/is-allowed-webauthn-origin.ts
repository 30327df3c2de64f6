/** The Sidekey extension's fixed id (its manifest key): its pages run WebAuthn as `chrome-extension://<id>`. */
export const sidekeyExtensionOrigin = 'chrome-extension://npbmcjcmafkjbchncmpemdbkmagoobec';

/**
 * Whether a ceremony's `clientDataJSON.origin` may be accepted for `rpId`: an https origin on the RP id or one of
 * its subdomains (WebAuthn §5.1.4.1 "RP ID" scoping, https://www.w3.org/TR/webauthn-3/#rp-id), any
 * `http://localhost:<port>` (browsers treat localhost as a secure context), and the Sidekey extension's origin
 * (Chromium reports `chrome-extension://<id>` for passkeys made from an extension page).
 */
export function isAllowedWebAuthnOrigin(origin: string, rpId: string): boolean {
  if (origin === sidekeyExtensionOrigin) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  if (url.protocol === 'http:') return url.hostname === 'localhost';
  if (url.protocol !== 'https:') return false;
  return url.hostname === rpId || url.hostname.endsWith(`.${rpId}`);
}
