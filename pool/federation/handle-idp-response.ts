import type { ServerResponse } from 'node:http';
import { issueAuthorizationCode } from '../hosted-ui/authorization-codes';
import { OAuthError } from '../hosted-ui/oauth-error';
import { type AuthorizeRequest, readAuthorizeRequest } from '../hosted-ui/read-authorize-request';
import { redirectToClient } from '../hosted-ui/redirect-to-client';
import type { OperationContext } from '../operations/operation-context';
import type { StandInProvider } from './create-stand-in-provider';
import { takeFederatedSignIn } from './federated-sign-ins';
import { findFederatedUser } from './find-federated-user';
import { idpResponseUrl, providerClientId } from './provider-authorize-url';

/**
 * `GET /oauth2/idpresponse`: the identity provider sends the person back here with its code and the pool's state
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-oidc-flow.html). The pool finds the
 * app's waiting authorize request by that state (unknown, used or expired: an error page, since there is no app
 * to send it to), redeems the provider's code, finds or makes the federated user, and redirects to the app's
 * redirect URI with a code of its own and the app's state. A provider's `error` is passed on to the app, as
 * Cognito does (https://docs.aws.amazon.com/cognito/latest/developerguide/federation-endpoint-idp-responses.html).
 */
export function handleIdpResponse(
  ctx: OperationContext,
  options: { response: ServerResponse; url: URL; standIn: StandInProvider },
): void {
  const { response, url } = options;
  const now = ctx.clock.now();
  const waiting = ctx.store.mutate((state) =>
    takeFederatedSignIn(state, { id: url.searchParams.get('state') ?? '', now }),
  );
  if (!waiting) {
    throw new OAuthError({
      error: 'invalid_request',
      description: 'This sign-in with an identity provider is unknown, already finished or expired. Start again.',
    });
  }
  const appParams = new URLSearchParams(waiting.authorizeQuery);
  try {
    const authorize = readAuthorizeRequest(ctx.store, appParams);
    const params = finish(ctx, { authorize, url, standIn: options.standIn, providerName: waiting.providerName });
    redirectToClient(response, { redirectUri: authorize.redirectUri, state: authorize.state, params });
  } catch (error) {
    if (!(error instanceof OAuthError) || !error.redirect) throw error;
    redirectToClient(response, {
      redirectUri: appParams.get('redirect_uri') ?? '',
      state: appParams.get('state'),
      params: { error: error.error, error_description: error.message },
    });
  }
}

/** The app's redirect parameters: its authorization code, or the error that ended the sign-in. */
function finish(
  ctx: OperationContext,
  options: { authorize: AuthorizeRequest; url: URL; standIn: StandInProvider; providerName: string },
): Record<string, string> {
  const { authorize, url } = options;
  const providerError = url.searchParams.get('error');
  if (providerError !== null) {
    return { error: providerError, error_description: url.searchParams.get('error_description') ?? providerError };
  }
  const provider = authorize.identityProvider;
  if (provider?.ProviderName !== options.providerName) throw refused('The identity provider changed during sign-in.');
  const claims = options.standIn.redeemCode(url.searchParams.get('code') ?? '', {
    provider: provider.ProviderName,
    clientId: providerClientId(provider),
    redirectUri: idpResponseUrl(new URL(ctx.issuer('')).origin),
  });
  if (!claims) throw refused(`${provider.ProviderName} did not confirm the sign-in (its code is not valid).`);
  const user = ctx.store.mutate(() => findFederatedUser(ctx, { pool: authorize.pool, provider, claims }));
  if (!user.enabled) throw refused('User is disabled.');
  const code = ctx.store.mutate((state) =>
    issueAuthorizationCode(state, {
      request: authorize,
      username: user.Username,
      now: ctx.clock.now(),
      random: ctx.random,
    }),
  );
  return { code };
}

function refused(description: string): OAuthError {
  return new OAuthError({ error: 'invalid_request', description, redirect: true });
}
