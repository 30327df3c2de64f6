/*
 * Which browser pages may talk to the development pool. It holds test users and answers admin operations
 * unsigned, so a web page the developer happens to visit must not reach it: CORS and Private Network Access are
 * granted to loopback pages, the Sidekey extension and origins named with `--allow-origin` only; the Host header
 * must name the pool (a DNS-rebinding page reaches 127.0.0.1 under its own name); and the `/_pool/` endpoints and
 * admin operations answer browsers on loopback and the extension only. Requests without an Origin (tests, curl,
 * the AWS SDK in Node) are not browser requests and pass.
 */

/** Sidekey's Chrome extension id, fixed by the manifest key (wxt.config.ts). */
const sidekeyChromeOrigin = 'chrome-extension://npbmcjcmafkjbchncmpemdbkmagoobec';
const loopbackOrigin = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;
/** Firefox gives every installation its own random extension UUID. */
const firefoxExtensionOrigin = /^moz-extension:\/\/[0-9a-z-]+$/;
const loopbackNames = ['localhost', '127.0.0.1', '[::1]'];
const wildcardAddresses = ['0.0.0.0', '::', '[::]'];

export interface OriginPolicy {
  /** Whether a browser request from `origin` is answered at all (with CORS and Private Network Access). */
  allows(origin: string): boolean;
  /** Whether `origin` may use the `/_pool/` endpoints and admin operations: loopback pages and the extension. */
  trusts(origin: string): boolean;
  /** Whether a Host header names this pool; an absent one (HTTP/1.0 tools) passes. */
  servesHost(host: string | undefined): boolean;
}

/** The policy for a pool bound to `hostName` (besides the loopback names) that also allows `allowOrigins`. */
export function createOriginPolicy(
  options: { hostName?: string; allowOrigins?: readonly string[] } = {},
): OriginPolicy {
  const bound = options.hostName === undefined ? undefined : bracketed(options.hostName.toLowerCase());
  const anyHost = bound !== undefined && wildcardAddresses.includes(bound);
  const names = new Set([...loopbackNames, ...(bound && !anyHost ? [bound] : [])]);
  const named = new Set((options.allowOrigins ?? []).map(normalizeOrigin));
  const trusts = (origin: string) =>
    loopbackOrigin.test(origin) || origin === sidekeyChromeOrigin || firefoxExtensionOrigin.test(origin);
  const ownOrigin = (origin: string) => {
    const match = /^http:\/\/(\[[^\]]+\]|[^:/]+)(:\d{1,5})?$/.exec(origin);
    return match !== null && names.has(match[1]!);
  };
  return {
    trusts: (origin) => trusts(origin.toLowerCase()),
    allows: (origin) => {
      const normalized = origin.toLowerCase();
      return trusts(normalized) || ownOrigin(normalized) || named.has(normalized);
    },
    servesHost: (host) => {
      if (host === undefined || anyHost) return true;
      const lower = host.toLowerCase();
      const name = lower.startsWith('[') ? lower.slice(0, lower.indexOf(']') + 1) : lower.split(':')[0]!;
      return names.has(name);
    },
  };
}

/**
 * An origin as a browser sends it (`scheme://host[:port]`, lower case, no path). Throws for anything else, so a
 * mistyped `--allow-origin` is reported instead of silently matching nothing.
 */
export function normalizeOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Not an origin: "${value}" (write e.g. https://app.example.com or http://192.168.1.5:5173)`);
  }
  if (
    !/^https?:$/.test(url.protocol) ||
    url.origin === 'null' ||
    value.toLowerCase().replace(/\/$/, '') !== url.origin
  ) {
    throw new Error(`Not an origin: "${value}" (write e.g. https://app.example.com or http://192.168.1.5:5173)`);
  }
  return url.origin;
}

function bracketed(name: string): string {
  return name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
}
