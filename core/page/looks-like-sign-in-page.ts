/**
 * The cheap first look the detector content script takes before asking for the filler: one selector query, no
 * imports, no layout. It answers yes for the Amplify UI Authenticator (every framework), Cognito's classic hosted
 * UI, and any page with a password, username or one-time-code input; core/page/recognise-page.ts then decides
 * what the page really is. Markers: docs/sign-in-pages.md.
 */
export const SIGN_IN_PAGE_SELECTOR =
  '[data-amplify-authenticator],amplify-authenticator,#signInFormUsername,input[type=password],' +
  'input[autocomplete~=username],input[autocomplete~=one-time-code],input[autocomplete~=current-password]';

/** Whether `root` (a document, or the subtree a mutation added) may hold a sign-in step. */
export function looksLikeSignInPage(root: ParentNode): boolean {
  return root.querySelector(SIGN_IN_PAGE_SELECTOR) !== null;
}
