import { oauthDomainUrl } from './authorize-url';
import { createOAuthStore } from './oauth-store';
import type { RedirectContext } from './sign-in-with-redirect';

/** Whether the signed-in user came through the hosted UI (`oauthMetadata.oauthSignIn`, docs/cognito-api.md §4.3). */
export async function isHostedUiSignIn(context: RedirectContext): Promise<boolean> {
  const tokens = await context.tokens.load();
  if (!tokens) return false;
  return createOAuthStore({ storage: context.storage, clientId: context.clientId }).isHostedUiSignIn(tokens.username);
}

/**
 * Ends the hosted UI's own session after a local sign-out, as Amplify does for hosted-UI users (docs/cognito-api.md
 * §4.4): opens `/logout?client_id=…&logout_uri=<first redirectSignOut>` through `openAuthSession`. Without hosted-UI
 * settings, a sign-out URL or the port there is nothing to do; failures are ignored (local sign-out already happened).
 * https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html
 */
export async function signOutOfHostedUi(context: RedirectContext): Promise<void> {
  const { oauth, openAuthSession } = context;
  const logoutUri = oauth?.redirectSignOut[0];
  if (!oauth || !logoutUri || !openAuthSession) return;
  const params = new URLSearchParams({ client_id: context.clientId, logout_uri: logoutUri });
  try {
    await openAuthSession(`${oauthDomainUrl(oauth.domain)}/logout?${params.toString()}`, oauth.redirectSignOut);
  } catch {
    // Deliberately ignored: the tokens are gone already.
  }
}
