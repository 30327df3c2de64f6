import { SidekeyError } from '../../errors/sidekey-error';
import { decodeJwt } from '../decode-jwt';
import { exchangeAuthorizationCode } from './exchange-authorization-code';
import { createOAuthStore } from './oauth-store';
import { parseRedirectCallback } from './parse-redirect-callback';
import type { RedirectContext } from './redirect-context';

/**
 * Finishes a hosted-UI sign-in from the redirect URL (docs/cognito-api.md §8.2): checks `state` against the stored
 * one, redeems the code with the stored PKCE verifier, stores the tokens under the access token's `username`
 * with `oauthMetadata = {"oauthSignIn":true}`, and forgets state and verifier whatever happens (one use each).
 */
export async function completeSignInWithRedirect(
  context: RedirectContext,
  callbackUrl: string,
): Promise<{ username: string }> {
  const domain = context.oauth?.domain;
  if (!domain) throw new SidekeyError({ code: 'OAuthNotConfigured', message: 'oauth.domain is not configured.' });
  const store = createOAuthStore({ storage: context.storage, clientId: context.clientId });
  const inflight = await store.load();
  await store.clear();
  if (!inflight) {
    throw new SidekeyError({ code: 'OAuthStateMismatch', message: 'No hosted-UI sign-in is in progress.' });
  }
  const { code } = parseRedirectCallback(callbackUrl, { expectedState: inflight.state });
  const tokens = await exchangeAuthorizationCode({
    fetch: context.fetch,
    domain,
    clientId: context.clientId,
    code,
    redirectUri: inflight.redirectUri,
    verifier: inflight.verifier,
  });
  const access = decodeJwt(tokens.accessToken).payload;
  const username = typeof access.username === 'string' ? access.username : undefined;
  if (!username) throw new SidekeyError({ code: 'OAuthSignInException', message: 'The access token names no user.' });
  await context.tokens.save({
    username,
    accessToken: tokens.accessToken,
    idToken: tokens.idToken,
    refreshToken: tokens.refreshToken,
    clockDrift: (access.iat ?? 0) * 1000 - context.now(),
  });
  await context.storage.setItem(
    `CognitoIdentityServiceProvider.${context.clientId}.${username}.oauthMetadata`,
    JSON.stringify({ oauthSignIn: true }),
  );
  return { username };
}
