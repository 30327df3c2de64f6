/**
 * Match patterns for exact origins, as host permissions and registered content scripts take them. Chrome's
 * patterns may name a port; Firefox's may not (they match every port), so `ports: false` leaves it out.
 * @see https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
export function originMatchPattern(origin: string, options: { ports: boolean }): string {
  const url = new URL(origin);
  const host = options.ports ? url.host : url.hostname;
  return `${url.protocol}//${host}/*`;
}

/**
 * Whether a granted pattern (`<all_urls>`, `*://host/*`, `https://*.example.com/*`, `http://localhost/*`, with or
 * without a port) covers every page of `origin`. A pattern without a port covers every port.
 */
export function patternCoversOrigin(pattern: string, origin: string): boolean {
  if (pattern === '<all_urls>') return true;
  const match = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/:]+|\[[^\]]+\])(?::(\*|\d+))?\/(.*)$/.exec(pattern);
  if (!match) return false;
  const [, scheme, host, port, path] = match as unknown as [string, string, string, string | undefined, string];
  if (path !== '*') return false;
  const url = new URL(origin);
  const protocol = url.protocol.slice(0, -1);
  if (scheme !== '*' && scheme !== protocol) return false;
  if (port !== undefined && port !== '*' && port !== (url.port || (protocol === 'https' ? '443' : '80'))) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
  return url.hostname === host.toLowerCase();
}
