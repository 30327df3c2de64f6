import { SidekeyError } from '../errors/sidekey-error';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Normalises a site origin Sidekey may act on (`https://host[:port]`), or plain `http://` for loopback
 * hosts only — Sidekey never fills or signs in over plain http elsewhere. Accepts a full URL and keeps
 * only its origin. Throws `InvalidOrigin` for anything else (other schemes, credentials in the URL,
 * opaque origins).
 * @see https://html.spec.whatwg.org/multipage/browsers.html#concept-origin
 */
export function parseOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch (cause) {
    throw new SidekeyError({ code: 'InvalidOrigin', message: `"${value}" is not a web address.`, cause });
  }
  if (url.username || url.password) {
    throw new SidekeyError({
      code: 'InvalidOrigin',
      message: 'An address with a user name or password in it is not allowed.',
    });
  }
  const secure = url.protocol === 'https:';
  const loopback = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (!secure && !loopback) {
    throw new SidekeyError({
      code: 'InvalidOrigin',
      message: `Sidekey only works on https:// sites (and http:// on localhost), not on "${url.protocol}//${url.host}".`,
    });
  }
  return url.origin;
}

/** Whether `origin` (as a browser reports it) may be used at all; never throws. */
export function isUsableOrigin(origin: string): boolean {
  try {
    return parseOrigin(origin) === origin;
  } catch {
    return false;
  }
}
