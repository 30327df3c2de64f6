import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../http/read-body';
import type { OperationContext } from '../operations/operation-context';
import { issueAuthorizationCode } from './authorization-codes';
import { checkHostedUiLogin } from './check-hosted-ui-login';
import { OAuthError } from './oauth-error';
import { readAuthorizeRequest } from './read-authorize-request';
import { readCookie } from './read-cookie';
import { redirectToClient } from './redirect-to-client';
import { renderLoginPage } from './render-login-page';
import { sendHtml } from './send-html';

const csrfCookie = 'XSRF-TOKEN';

/**
 * `GET /login` shows the sign-in page for a valid authorize request (with a CSRF token in a cookie and the form);
 * `POST /login` checks the token, the credentials and the user, then redirects to the redirect_uri with `code` and
 * `state` (RFC 6749 §4.1.2). https://docs.aws.amazon.com/cognito/latest/developerguide/login-endpoint.html
 */
export async function handleLogin(
  ctx: OperationContext,
  options: { request: IncomingMessage; response: ServerResponse; url: URL },
): Promise<void> {
  const { request, response, url } = options;
  const authorize = readAuthorizeRequest(ctx.store, url.searchParams);
  const query = url.searchParams.toString();
  const page = (status: number, extra: { username?: string; error?: string } = {}) => {
    const csrfToken = Buffer.from(ctx.random(24)).toString('base64url');
    sendHtml(response, {
      status,
      html: renderLoginPage({ query, csrfToken, clientName: authorize.client.ClientName, ...extra }),
      headers: { 'set-cookie': `${csrfCookie}=${csrfToken}; Path=/; HttpOnly; SameSite=Lax` },
    });
  };
  if (request.method === 'GET') {
    page(200);
    return;
  }
  const form = new URLSearchParams((await readBody(request, 64 * 1024)) ?? '');
  const cookie = readCookie(request, csrfCookie);
  if (!cookie || form.get('_csrf') !== cookie) {
    throw new OAuthError({
      error: 'invalid_request',
      description: 'The sign-in form expired; open it again.',
      status: 403,
    });
  }
  const username = form.get('username') ?? '';
  const login = await checkHostedUiLogin(ctx, {
    pool: authorize.pool,
    client: authorize.client,
    username,
    password: form.get('password') ?? '',
  });
  if ('error' in login) {
    page(400, { username, error: login.error });
    return;
  }
  const code = ctx.store.mutate((state) =>
    issueAuthorizationCode(state, {
      request: authorize,
      username: login.user.Username,
      now: ctx.clock.now(),
      random: ctx.random,
    }),
  );
  redirectToClient(response, {
    redirectUri: authorize.redirectUri,
    state: authorize.state,
    params: { code },
    headers: { 'set-cookie': `${csrfCookie}=; Path=/; Max-Age=0` },
  });
}
