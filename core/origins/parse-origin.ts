import { SidekeyError } from '../errors/sidekey-error';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Normalises a site origin Sidekey may act on: `https://host[:port]`, or plain `http://` on loopback hosts only —
 * Sidekey never fills or signs in over plain http elsewhere. The result is the RFC 6454 §6.1 serialisation via
 * WHATWG URL (lower case, punycode host, default port dropped). Refused with `options.code` (default
 * `InvalidOrigin`): other schemes, credentials in the address, hosts that are not one concrete name (WHATWG URL
 * lets `*.example.com` through), and — with `bare` — anything beyond the origin (path, query, fragment); without
 * `bare` a full address is cut down to its origin.
 * @see https://www.rfc-editor.org/rfc/rfc6454#section-6.1
 */
export function parseOrigin(value: string, options: { code?: string; bare?: boolean } = {}): string {
  const code = options.code ?? 'InvalidOrigin';
  const refuse = (reason: string, cause?: unknown) =>
    new SidekeyError({ code, message: `"${value.slice(0, 80)}" ${reason}`, cause });
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch (cause) {
    throw refuse('is not a web address.', cause);
  }
  if (url.username || url.password || value.includes('@')) throw refuse('has a user name or password in it.');
  const secure = url.protocol === 'https:';
  const loopback = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (!secure && !loopback) throw refuse('is not https:// (plain http:// is only allowed on localhost).');
  if (!/^[a-z0-9.-]+$/.test(url.hostname) && !/^\[[0-9a-f:.]+\]$/.test(url.hostname)) {
    throw refuse('does not name one concrete host.');
  }
  if (options.bare && ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash)) {
    throw refuse('is not an origin like https://example.com or http://localhost:3000.');
  }
  return url.origin;
}

/** Whether `origin` (as a browser reports it) may be used at all; never throws. */
export function isUsableOrigin(origin: string): boolean {
  try {
    return parseOrigin(origin, { bare: true }) === origin;
  } catch {
    return false;
  }
}
