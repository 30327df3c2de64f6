/**
 * Whether a ceremony's `clientDataJSON.origin` belongs to the pool's relying-party id, as real Cognito decides
 * (docs/cognito-api.md §7.1): an `https:` origin whose host is the RP id or one of its
 * subdomains (WebAuthn §5.1.4.1 "RP ID" scoping, https://www.w3.org/TR/webauthn-3/#rp-id), and, only for the RP id
 * `localhost`, `http://localhost:<port>` (browsers treat localhost as a secure context). Nothing else: no extension
 * origin (`chrome-extension://…` belongs to no domain) and no loopback origin for any other RP id.
 */
export function isAllowedWebAuthnOrigin(origin: string, rpId: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin !== origin) return false;
  if (url.protocol === 'http:') return rpId === 'localhost' && url.hostname === 'localhost';
  if (url.protocol !== 'https:') return false;
  return url.hostname === rpId || url.hostname.endsWith(`.${rpId}`);
}
