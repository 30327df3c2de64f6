import { SidekeyError } from '../errors/sidekey-error';

/**
 * Checks that `text` is an origin an entry may be bound to and returns its canonical form (RFC 6454 §6.1
 * serialisation via WHATWG URL: lower-case, punycode host, default port dropped): `https://host[:port]`, or
 * `http://localhost[:port]` for local development. Anything with a path, query, fragment or credentials, and
 * plain http elsewhere, throws `VaultBadOrigin`.
 */
export function normaliseOrigin(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch (cause) {
    throw bad(text, cause);
  }
  const bare = (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash;
  const plain = !url.username && !url.password && !text.includes('@');
  const allowedScheme = url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost');
  // WHATWG URL lets through hosts such as `*.example.com`; an origin to bind to is one concrete host.
  const concreteHost = /^[a-z0-9.-]+$/.test(url.hostname) || /^\[[0-9a-f:.]+\]$/.test(url.hostname);
  if (!bare || !plain || !allowedScheme || !concreteHost) throw bad(text);
  return url.origin;
}

/** Normalises a list of origins, dropping repeats; at most 32 per entry. */
export function normaliseOrigins(list: readonly string[]): string[] {
  if (list.length > 32) throw new SidekeyError({ code: 'VaultBadOrigin', message: 'At most 32 origins per entry.' });
  return [...new Set(list.map(normaliseOrigin))];
}

function bad(text: string, cause?: unknown): SidekeyError {
  return new SidekeyError({
    code: 'VaultBadOrigin',
    message: `"${text.slice(0, 80)}" is not an origin like https://example.com or http://localhost:3000.`,
    cause,
  });
}
