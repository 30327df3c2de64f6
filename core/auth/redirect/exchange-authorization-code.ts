import { AuthError } from '../auth-error';
import { oauthDomainUrl } from './authorize-url';

/** Scheme, credentials, host, port and path of an address: what must equal the redirect URI sent (RFC 6749 §3.1.2). */
function redirectTarget(url: URL): string {
  return `${url.protocol}//${url.username}:${url.password}@${url.host}${url.pathname}`;
}

/**
 * Reads the authorization code from the hosted UI's redirect (RFC 6749 §4.1.2): the address must be the redirect
 * URI the authorize request named — same scheme, host, port and path, no credentials (§3.1.2, docs/security.md
 * §3.3) — and its `state` the one sent (§10.12).
 * Errors: `OAuthRedirectMismatch` for an address other than `redirectUri`, `OAuthSignInException` for an `error=`
 * redirect (§4.1.2.1), `OAuthCanceled` when code or state is missing (Amplify: "User cancelled OAuth flow."),
 * `OAuthStateMismatch` when state differs from the one sent.
 */
export function parseRedirectCallback(
  callbackUrl: string,
  options: { expectedState: string; redirectUri: string },
): { code: string } {
  let url: URL;
  try {
    url = new URL(callbackUrl);
  } catch (cause) {
    throw new AuthError({ code: 'OAuthSignInException', message: 'The redirect URL is not a URL.', cause });
  }
  if (redirectTarget(url) !== redirectTarget(new URL(options.redirectUri))) {
    throw new AuthError({
      code: 'OAuthRedirectMismatch',
      message: 'The hosted UI came back to an address other than the redirect URI it was given.',
    });
  }
  const params = url.searchParams;
  const error = params.get('error');
  if (error !== null) {
    const description = params.get('error_description');
    throw new AuthError({
      code: 'OAuthSignInException',
      message: description ? `${error}: ${description}` : error,
    });
  }
  const code = params.get('code');
  const state = params.get('state');
  if (!code || !state) throw new AuthError({ code: 'OAuthCanceled', message: 'User cancelled OAuth flow.' });
  if (state !== options.expectedState) {
    throw new AuthError({ code: 'OAuthStateMismatch', message: 'An error occurred while validating the state.' });
  }
  return { code };
}

/** The token endpoint's answer (RFC 6749 §5.1). */
type OAuthTokens = {
  accessToken: string;
  idToken?: string;
  refreshToken?: string;
  tokenType: string;
  expiresIn: number;
};

/**
 * Redeems an authorization code at `/oauth2/token` with the PKCE verifier (RFC 6749 §4.1.3, RFC 7636 §4.5), as
 * Amplify does (docs/cognito-api.md §8.2). An `error` answer (RFC 6749 §5.2) becomes `OAuthSignInException` with
 * the error in the message; an unreachable endpoint becomes `NetworkError`.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
 */
export async function exchangeAuthorizationCode(options: {
  fetch: typeof fetch;
  domain: string;
  clientId: string;
  code: string;
  redirectUri: string;
  verifier: string;
}): Promise<OAuthTokens> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code: options.code,
    client_id: options.clientId,
    redirect_uri: options.redirectUri,
    code_verifier: options.verifier,
  });
  let response: Response;
  try {
    response = await options.fetch(`${oauthDomainUrl(options.domain)}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
      cache: 'no-store',
    });
  } catch (cause) {
    throw new AuthError({ code: 'NetworkError', message: 'The token endpoint could not be reached.', cause });
  }
  const json: unknown = await response.json().catch(() => undefined);
  const answer = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (!response.ok || typeof answer.error === 'string' || typeof answer.access_token !== 'string') {
    const error = typeof answer.error === 'string' ? answer.error : `HTTP ${response.status}`;
    const detail = answer.error_description ?? answer.error_message;
    throw new AuthError({
      code: 'OAuthSignInException',
      message: typeof detail === 'string' ? `${error}: ${detail}` : error,
    });
  }
  return {
    accessToken: answer.access_token,
    idToken: typeof answer.id_token === 'string' ? answer.id_token : undefined,
    refreshToken: typeof answer.refresh_token === 'string' ? answer.refresh_token : undefined,
    tokenType: typeof answer.token_type === 'string' ? answer.token_type : 'Bearer',
    expiresIn: typeof answer.expires_in === 'number' ? answer.expires_in : 0,
  };
}
