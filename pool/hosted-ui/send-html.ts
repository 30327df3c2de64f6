import type { ServerResponse } from 'node:http';

/** Writes an HTML page that may not be framed or cached (the sign-in page carries a CSRF token). */
export function sendHtml(
  response: ServerResponse,
  options: { status: number; html: string; headers?: Record<string, string | string[]> },
): void {
  response.writeHead(options.status, {
    ...options.headers,
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(Buffer.byteLength(options.html)),
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
    'content-security-policy': "frame-ancestors 'none'",
  });
  response.end(options.html);
}

/** A 302 to `location` (the authorize endpoint's redirects, RFC 6749 §4.1.2). */
export function sendRedirect(
  response: ServerResponse,
  location: string,
  headers: Record<string, string | string[]> = {},
): void {
  response.writeHead(302, { ...headers, location, 'cache-control': 'no-store', 'content-length': '0' });
  response.end();
}
