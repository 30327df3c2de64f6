import { matchOrigin } from './match-origin';
import type { VaultStatus } from './vault-messages';

/** What the toolbar button shows for one tab: the plain mark, a padlock, or a dot for a code bound to the tab's site. */
export type ToolbarState = 'default' | 'locked' | 'code-ready';

/**
 * Decides the toolbar state of a tab from the vault's status, the tab's URL and the origins that some code entry is
 * bound to. A locked vault shows the padlock on every tab (its bindings cannot be read); an unlocked vault shows the
 * dot where the tab's origin has a bound code; a vault not set up yet, a page with no web origin (`chrome://…`,
 * `about:blank`) or an unbound site shows the plain mark.
 */
export function toolbarState(input: {
  status: VaultStatus;
  url: string | undefined;
  codeOrigins: ReadonlySet<string>;
}): ToolbarState {
  if (input.status === 'locked') return 'locked';
  if (input.status !== 'unlocked' || input.url === undefined) return 'default';
  const origin = matchOrigin(originOf(input.url));
  return origin !== undefined && input.codeOrigins.has(origin) ? 'code-ready' : 'default';
}

/** The URL's origin, or undefined for an unparsable URL or one without a web origin (`new URL` says "null"). */
function originOf(url: string): string | undefined {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}
