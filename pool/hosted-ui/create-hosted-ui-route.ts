import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteHandler } from '../http/route-handler';
import type { OperationContext } from '../operations/operation-context';
import { handleLogin } from './handle-login';
import { handleLogout } from './handle-logout';
import { handleToken } from './handle-token';
import { handleUserInfo } from './handle-user-info';
import { OAuthError } from './oauth-error';
import { readAuthorizeRequest } from './read-authorize-request';
import { renderErrorPage } from './render-error-page';
import { sendHtml, sendRedirect } from './send-html';
import { sendOAuthError } from './send-oauth-json';

/**
 * The classic hosted UI and OAuth 2.0 endpoints of the local pool, served from the pool's own origin:
 * `GET /oauth2/authorize` (checks, then redirects to the sign-in page), `GET|POST /login`, `POST /oauth2/token`,
 * `GET|POST /oauth2/userInfo`, `GET /logout`. https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-userpools-server-contract-reference.html
 */
export function createHostedUiRoute(options: { context: () => OperationContext }): RouteHandler {
  return async (request, response, url) => {
    const route = `${request.method} ${url.pathname}`;
    const ctx = options.context();
    const json = url.pathname === '/oauth2/token' || url.pathname === '/oauth2/userInfo';
    try {
      if (route === 'GET /oauth2/authorize') {
        request.resume();
        readAuthorizeRequest(ctx.store, url.searchParams);
        sendRedirect(response, `/login?${url.searchParams.toString()}`);
      } else if (route === 'GET /login' || route === 'POST /login') {
        await handleLogin(ctx, { request, response, url });
      } else if (route === 'POST /oauth2/token') {
        await handleToken(ctx, { request, response });
      } else if (route === 'GET /oauth2/userInfo' || route === 'POST /oauth2/userInfo') {
        handleUserInfo(ctx, { request, response });
      } else if (route === 'GET /logout') {
        request.resume();
        handleLogout(ctx, { response, url });
      } else {
        return false;
      }
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      answerError({ request, response, url, error, json });
    }
    return true;
  };
}

function answerError(options: {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  error: OAuthError;
  json: boolean;
}): void {
  const { response, url, error } = options;
  if (options.json) {
    sendOAuthError(response, error);
    return;
  }
  if (error.redirect) {
    // RFC 6749 §4.1.2.1: once client_id and redirect_uri are known good, errors go back to the client.
    const target = new URL(url.searchParams.get('redirect_uri') ?? '');
    target.searchParams.set('error', error.error);
    target.searchParams.set('error_description', error.message);
    const state = url.searchParams.get('state');
    if (state !== null) target.searchParams.set('state', state);
    sendRedirect(response, target.toString());
    return;
  }
  sendHtml(response, {
    status: error.status,
    html: renderErrorPage({ error: error.error, description: error.message }),
  });
}
