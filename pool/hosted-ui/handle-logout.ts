import type { ServerResponse } from 'node:http';
import type { OperationContext } from '../operations/operation-context';
import type { AppClient } from '../state/types';
import { OAuthError } from './oauth-error';
import { readAuthorizeRequest } from './read-authorize-request';
import { sendRedirect } from './send-html';

/**
 * `GET /logout`: with `client_id` and `logout_uri` (exactly one of the client's LogoutURLs) it redirects there;
 * with `client_id`, `redirect_uri` and `response_type` (an authorize request) it redirects to the sign-in page.
 * The local classic UI keeps no sign-in session cookie, so there is nothing else to end. Anything else is an
 * error page. https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html
 */
export function handleLogout(ctx: OperationContext, options: { response: ServerResponse; url: URL }): void {
  const { url } = options;
  const params = url.searchParams;
  const logoutUri = params.get('logout_uri');
  if (logoutUri === null && params.has('redirect_uri')) {
    readAuthorizeRequest(ctx.store, params);
    sendRedirect(options.response, `/login?${params.toString()}`);
    return;
  }
  let client: AppClient;
  try {
    client = ctx.store.findClient(params.get('client_id') ?? '').client;
  } catch {
    throw new OAuthError({ error: 'invalid_request', description: 'Invalid client_id.' });
  }
  if (logoutUri === null || !client.LogoutURLs.includes(logoutUri)) {
    throw new OAuthError({ error: 'invalid_request', description: 'logout_uri is not a sign-out URL of the client.' });
  }
  sendRedirect(options.response, logoutUri);
}
