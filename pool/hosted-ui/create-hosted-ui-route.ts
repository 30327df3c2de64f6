import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StandInProvider } from '../federation/create-stand-in-provider';
import { startFederatedSignIn } from '../federation/federated-sign-ins';
import { handleIdpResponse } from '../federation/handle-idp-response';
import { providerAuthorizeUrl } from '../federation/provider-authorize-url';
import type { RouteHandler } from '../http/route-handler';
import type { OperationContext } from '../operations/operation-context';
import type { IdentityProviderRecord } from '../state/types';
import { handleLogin } from './handle-login';
import { handleLogout } from './handle-logout';
import { handleToken } from './handle-token';
import { handleUserInfo } from './handle-user-info';
import { OAuthError } from './oauth-error';
import { type AuthorizeRequest, readAuthorizeRequest } from './read-authorize-request';
import { redirectToClient } from './redirect-to-client';
import { renderErrorPage } from './render-error-page';
import { sendHtml, sendRedirect } from './send-html';
import { sendOAuthError } from './send-oauth-json';

/**
 * The classic hosted UI and OAuth 2.0 endpoints of the local pool, served from the pool's own origin:
 * `GET /oauth2/authorize` (checks, then redirects to the sign-in page or the identity provider's),
 * `GET /oauth2/idpresponse` (the provider's answer, pool/federation/), `GET|POST /login`, `POST /oauth2/token`,
 * `GET|POST /oauth2/userInfo`, `GET /logout`. https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-userpools-server-contract-reference.html
 */
export function createHostedUiRoute(options: {
  context: () => OperationContext;
  standIn: StandInProvider;
}): RouteHandler {
  return async (request, response, url) => {
    const route = `${request.method} ${url.pathname}`;
    const ctx = options.context();
    const json = url.pathname === '/oauth2/token' || url.pathname === '/oauth2/userInfo';
    try {
      if (route === 'GET /oauth2/authorize') {
        request.resume();
        const authorize = readAuthorizeRequest(ctx.store, url.searchParams);
        sendRedirect(
          response,
          authorize.identityProvider
            ? sendToProvider(ctx, { authorize, provider: authorize.identityProvider, query: url.searchParams })
            : `/login?${url.searchParams.toString()}`,
        );
      } else if (route === 'GET /oauth2/idpresponse') {
        request.resume();
        handleIdpResponse(ctx, { response, url, standIn: options.standIn });
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

/** Keeps the app's request while the person signs in at `provider`, and returns the provider's authorize URL. */
function sendToProvider(
  ctx: OperationContext,
  options: { authorize: AuthorizeRequest; provider: IdentityProviderRecord; query: URLSearchParams },
): string {
  const state = ctx.store.mutate((poolState) =>
    startFederatedSignIn(poolState, {
      request: options.authorize,
      providerName: options.provider.ProviderName,
      authorizeQuery: options.query.toString(),
      now: ctx.clock.now(),
      random: ctx.random,
    }),
  );
  return providerAuthorizeUrl({ poolOrigin: new URL(ctx.issuer('')).origin, provider: options.provider, state });
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
    redirectToClient(response, {
      redirectUri: url.searchParams.get('redirect_uri') ?? '',
      state: url.searchParams.get('state'),
      params: { error: error.error, error_description: error.message },
    });
    return;
  }
  sendHtml(response, {
    status: error.status,
    html: renderErrorPage({ error: error.error, description: error.message }),
  });
}
