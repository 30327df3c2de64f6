import type { AuthClientConfig } from '../auth-client-config';
import type { AuthContext } from '../auth-context';
import type { RedirectContext } from './redirect-context';

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
