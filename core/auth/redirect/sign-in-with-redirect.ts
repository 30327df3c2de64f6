import type { AuthClientConfig, AuthContext, OAuthConfig, OpenAuthSession } from '../auth-context';
import { AuthError } from '../auth-error';
import { decodeJwt } from '../auth-session';
import type { KeyValueStorage, TokenStore } from '../auth-storage';
import { buildAuthorizeUrl, createPkceChallenge, type RedirectProvider, randomAlphanumeric } from './authorize-url';
import { exchangeAuthorizationCode, parseRedirectCallback } from './exchange-authorization-code';
import { createOAuthStore } from './oauth-store';

/**
 * What signInWithRedirect needs: the app client, the hosted-UI settings, a way to open the hosted UI and get the
 * redirect back (`browser.identity.launchWebAuthFlow` in the worker), storage for state and PKCE verifier, fetch
 * for the token endpoint, and the engine's clock, randomness and token store.
 */
export type RedirectContext = {
  clientId: string;
  oauth?: OAuthConfig;
  openAuthSession?: OpenAuthSession;
  storage: KeyValueStorage;
  fetch: typeof fetch;
  now: () => number;
  random: (byteCount: number) => Uint8Array;
  tokens: TokenStore;
};

/** The {@link RedirectContext} of one auth client: its config's hosted-UI settings and port, its own token store. */
export function createRedirectContext(
  config: AuthClientConfig,
  context: Pick<AuthContext, 'clientId' | 'now' | 'random' | 'tokens'>,
): RedirectContext {
  return {
    clientId: context.clientId,
    oauth: config.oauth,
    openAuthSession: config.openAuthSession,
    storage: config.storage,
    fetch: config.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    now: context.now,
    random: context.random,
    tokens: context.tokens,
  };
}

/** Options of {@link signInWithRedirect}: Amplify's provider names map as in docs/cognito-api.md §8.1. */
export type SignInWithRedirectInput = { provider?: RedirectProvider; scopes?: string[] };

/**
 * Signs in through the hosted UI: authorization code with PKCE S256 (RFC 7636), a random `state` (RFC 6749
 * §10.12), both kept in storage; opens the authorize URL with `openAuthSession`, then completes with the redirect
 * it returns (state check, code exchange at /oauth2/token, tokens stored as every other sign-in stores them).
 * Errors: `OAuthNotConfigured`, `UserAlreadyAuthenticatedException` (Amplify's precondition, docs/cognito-api.md §8.1),
 * `OAuthCanceled` (the user closed the window), `OAuthSignInException`, `OAuthStateMismatch`, `OAuthRedirectMismatch`.
 */
export async function signInWithRedirect(
  context: RedirectContext,
  input: SignInWithRedirectInput = {},
): Promise<{ username: string }> {
  const { oauth, openAuthSession } = requireOAuth(context);
  if (await context.tokens.load()) {
    throw new AuthError({
      code: 'UserAlreadyAuthenticatedException',
      message: 'There is already a signed in user.',
      recoverySuggestion: 'Call signOut before calling signIn again.',
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
    throw new AuthError({ code: 'OAuthCanceled', message: 'User cancelled OAuth flow.', cause });
  }
  if (result.type !== 'success' || !result.url) {
    await store.clear();
    if (result.type === 'canceled')
      throw new AuthError({ code: 'OAuthCanceled', message: 'User cancelled OAuth flow.' });
    throw new AuthError({ code: 'OAuthSignInException', message: 'The hosted UI failed.', cause: result.error });
  }
  return completeSignInWithRedirect(context, result.url);
}

function requireOAuth(context: RedirectContext): { oauth: OAuthConfig; openAuthSession: OpenAuthSession } {
  const { oauth, openAuthSession } = context;
  if (!oauth || oauth.redirectSignIn.length === 0 || !openAuthSession) {
    throw new AuthError({
      code: 'OAuthNotConfigured',
      message: 'signInWithRedirect needs oauth.domain, oauth.redirectSignIn and an openAuthSession port.',
    });
  }
  if (oauth.responseType !== 'code') {
    throw new AuthError({
      code: 'OAuthNotConfigured',
      message: 'Only responseType "code" (with PKCE) is supported.',
    });
  }
  return { oauth, openAuthSession };
}

/**
 * Finishes a hosted-UI sign-in from the redirect URL (docs/cognito-api.md §8.2): checks the address against the
 * redirect URI and `state` against the stored ones, redeems the code with the stored PKCE verifier, stores the tokens under the access token's `username`
 * with `oauthMetadata = {"oauthSignIn":true}`, and forgets state and verifier whatever happens (one use each).
 */
export async function completeSignInWithRedirect(
  context: RedirectContext,
  callbackUrl: string,
): Promise<{ username: string }> {
  const domain = context.oauth?.domain;
  if (!domain) throw new AuthError({ code: 'OAuthNotConfigured', message: 'oauth.domain is not configured.' });
  const store = createOAuthStore({ storage: context.storage, clientId: context.clientId });
  const inflight = await store.load();
  await store.clear();
  if (!inflight) {
    throw new AuthError({ code: 'OAuthStateMismatch', message: 'No hosted-UI sign-in is in progress.' });
  }
  const { code } = parseRedirectCallback(callbackUrl, {
    expectedState: inflight.state,
    redirectUri: inflight.redirectUri,
  });
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
  if (!username) throw new AuthError({ code: 'OAuthSignInException', message: 'The access token names no user.' });
  await context.tokens.save({
    username,
    accessToken: tokens.accessToken,
    idToken: tokens.idToken,
    refreshToken: tokens.refreshToken,
    clockDrift: (access.iat ?? 0) * 1000 - context.now(),
  });
  await store.markHostedUiSignIn(username);
  return { username };
}
