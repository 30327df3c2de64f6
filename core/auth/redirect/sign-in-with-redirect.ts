import { SidekeyError } from '../../errors/sidekey-error';
import type { OAuthConfig, OpenAuthSession } from '../auth-client-config';
import { buildAuthorizeUrl } from './build-authorize-url';
import { completeSignInWithRedirect } from './complete-sign-in-with-redirect';
import { createPkceChallenge } from './create-pkce-challenge';
import type { RedirectProvider } from './identity-provider-param';
import { createOAuthStore } from './oauth-store';
import { randomAlphanumeric } from './random-alphanumeric';
import type { RedirectContext } from './redirect-context';

/** Options of {@link signInWithRedirect}: Amplify's provider names map as in docs/cognito-api.md §8.1. */
export type SignInWithRedirectInput = { provider?: RedirectProvider; scopes?: string[] };

/**
 * Signs in through the hosted UI: authorization code with PKCE S256 (RFC 7636), a random `state` (RFC 6749
 * §10.12), both kept in storage; opens the authorize URL with `openAuthSession`, then completes with the redirect
 * it returns (state check, code exchange at /oauth2/token, tokens stored as every other sign-in stores them).
 * Errors: `OAuthNotConfigured`, `UserAlreadyAuthenticatedException` (Amplify's precondition, docs/cognito-api.md §8.1),
 * `OAuthCanceled` (the user closed the window), `OAuthSignInException`, `OAuthStateMismatch`.
 */
export async function signInWithRedirect(
  context: RedirectContext,
  input: SignInWithRedirectInput = {},
): Promise<{ username: string }> {
  const { oauth, openAuthSession } = requireOAuth(context);
  if (await context.tokens.load()) {
    throw new SidekeyError({
      code: 'UserAlreadyAuthenticatedException',
      message: 'There is already a signed in user.',
    });
  }
  const redirectUri = oauth.redirectSignIn[0]!;
  const state = randomAlphanumeric(context.random, 32);
  const verifier = randomAlphanumeric(context.random, 128);
  const store = createOAuthStore({ storage: context.storage, clientId: context.clientId });
  await store.save({ state, verifier, redirectUri });
  const url = buildAuthorizeUrl({
    domain: oauth.domain,
    clientId: context.clientId,
    redirectUri,
    scopes: input.scopes ?? oauth.scopes,
    state,
    codeChallenge: await createPkceChallenge(verifier),
    provider: input.provider,
  });
  let result: Awaited<ReturnType<OpenAuthSession>>;
  try {
    result = await openAuthSession(url, oauth.redirectSignIn);
  } catch (cause) {
    await store.clear();
    throw new SidekeyError({ code: 'OAuthCanceled', message: 'User cancelled OAuth flow.', cause });
  }
  if (result.type !== 'success' || !result.url) {
    await store.clear();
    if (result.type === 'canceled')
      throw new SidekeyError({ code: 'OAuthCanceled', message: 'User cancelled OAuth flow.' });
    throw new SidekeyError({ code: 'OAuthSignInException', message: 'The hosted UI failed.', cause: result.error });
  }
  return completeSignInWithRedirect(context, result.url);
}

function requireOAuth(context: RedirectContext): { oauth: OAuthConfig; openAuthSession: OpenAuthSession } {
  const { oauth, openAuthSession } = context;
  if (!oauth || oauth.redirectSignIn.length === 0 || !openAuthSession) {
    throw new SidekeyError({
      code: 'OAuthNotConfigured',
      message: 'signInWithRedirect needs oauth.domain, oauth.redirectSignIn and an openAuthSession port.',
    });
  }
  if (oauth.responseType !== 'code') {
    throw new SidekeyError({
      code: 'OAuthNotConfigured',
      message: 'Only responseType "code" (with PKCE) is supported.',
    });
  }
  return { oauth, openAuthSession };
}
