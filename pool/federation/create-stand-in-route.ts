import { redirectToClient } from '../hosted-ui/redirect-to-client';
import { renderErrorPage } from '../hosted-ui/render-error-page';
import { sendHtml } from '../hosted-ui/send-html';
import { readBody } from '../http/read-body';
import type { RouteHandler } from '../http/route-handler';
import type { StandInProvider } from './create-stand-in-provider';
import { idpResponseUrl, standInAuthorizePath } from './provider-authorize-url';
import { renderStandInPage } from './render-stand-in-page';

/**
 * The stand-in identity provider's authorize endpoint on the pool's origin (`GET|POST /stand-in-idp/authorize`):
 * GET shows its sign-in page for a code request whose redirect_uri is the pool's idpresponse (the only one
 * registered with it); POST *Sign in* redirects there with a code and the pool's state, *Cancel* with
 * `error=access_denied` (OpenID Connect Core §3.1.2.6).
 */
export function createStandInRoute(options: { standIn: StandInProvider; poolOrigin: () => string }): RouteHandler {
  return async (request, response, url) => {
    if (url.pathname !== standInAuthorizePath || (request.method !== 'GET' && request.method !== 'POST')) return false;
    const params = url.searchParams;
    const provider = params.get('provider') ?? '';
    const redirectUri = params.get('redirect_uri') ?? '';
    const state = params.get('state') ?? '';
    const problem = checkRequest(params, options.poolOrigin());
    if (problem) {
      request.resume();
      sendHtml(response, { status: 400, html: renderErrorPage({ error: 'invalid_request', description: problem }) });
      return true;
    }
    const page = (status: number, error?: string) =>
      sendHtml(response, {
        status,
        html: renderStandInPage({ provider, query: params.toString(), ...(error ? { error } : {}) }),
      });
    if (request.method === 'GET') {
      request.resume();
      page(200);
      return true;
    }
    const form = new URLSearchParams((await readBody(request, 16 * 1024)) ?? '');
    const back = (answer: Record<string, string>) => redirectToClient(response, { redirectUri, state, params: answer });
    if (form.get('action') === 'cancel') {
      back({ error: 'access_denied', error_description: 'The person cancelled the sign-in at the provider.' });
      return true;
    }
    const email = (form.get('email') ?? '').trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
      page(400, 'Enter an email address, such as sam@example.com.');
      return true;
    }
    const name = (form.get('name') ?? '').trim();
    const code = options.standIn.issueCode({
      provider,
      clientId: params.get('client_id') ?? '',
      redirectUri,
      email,
      ...(name ? { name } : {}),
    });
    back({ code });
    return true;
  };
}

/** What is wrong with a code request to the stand-in provider, if anything. */
function checkRequest(params: URLSearchParams, poolOrigin: string): string | undefined {
  if (!params.get('provider') || !params.get('state') || !params.get('client_id')) {
    return 'provider, client_id and state are required.';
  }
  if (params.get('response_type') !== 'code') return 'Only response_type=code is supported.';
  if (params.get('redirect_uri') !== idpResponseUrl(poolOrigin))
    return 'redirect_uri is not registered with this provider.';
  return undefined;
}
