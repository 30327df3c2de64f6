/**
 * The base URL of a hosted-UI domain. Amplify's `oauth.domain` is a bare host (`<prefix>.auth.<region>.
 * amazoncognito.com`) served over https; a domain that already names a scheme (the local pool's
 * `http://localhost:<port>`) is used as given.
 */
export function oauthDomainUrl(domain: string): string {
  const base = domain.includes('://') ? domain : `https://${domain}`;
  return base.replace(/\/+$/, '');
}
