/**
 * Whether a page on `origin` may run a ceremony for the relying-party id `rpId` and be accepted by Cognito
 * (docs/cognito-api.md §7.1): an `https:` origin whose host is the RP id or one of its subdomains (WebAuthn L3
 * §5.1.4.1, https://www.w3.org/TR/webauthn-3/#rp-id), and `http://localhost:<port>` only for the RP id
 * `localhost`. Compared whole, never by prefix.
 */
export function isOriginOnRpId(origin: string, rpId: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin || rpId === '') return false;
  if (url.protocol === 'http:') return rpId === 'localhost' && url.hostname === 'localhost';
  if (url.protocol !== 'https:') return false;
  return url.hostname === rpId || url.hostname.endsWith(`.${rpId}`);
}
