import type { ServerResponse } from 'node:http';
import { sendRedirect } from './send-html';

/**
 * Sends the person back to the app's redirect URI with `params` (a `code`, or `error` and `error_description`)
 * and the app's own `state` when it sent one (RFC 6749 §4.1.2 and §4.1.2.1).
 */
export function redirectToClient(
  response: ServerResponse,
  options: {
    redirectUri: string;
    state?: string | null;
    params: Record<string, string>;
    headers?: Record<string, string | string[]>;
  },
): void {
  const target = new URL(options.redirectUri);
  for (const [name, value] of Object.entries(options.params)) target.searchParams.set(name, value);
  if (options.state !== undefined && options.state !== null) target.searchParams.set('state', options.state);
  sendRedirect(response, target.toString(), options.headers);
}
