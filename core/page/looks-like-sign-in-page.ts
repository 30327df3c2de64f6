/** `autocomplete` tokens that mark a sign-in input (docs/sign-in-pages.md). */
const SIGN_IN_TOKENS = /(?:^|\s)(?:username|current-password|one-time-code)(?:\s|$)/i;

/**
 * The cheap first look the detector content script takes before asking for the filler: no imports, no layout, and
 * one native walk of the tree on a page without inputs — `querySelector('input')`, which returns null without
 * leaving a collection or any element wrapper behind in the content script's world (on a 5,000-element article in
 * Chromium here it cost about 0.04 ms less than iterating the tag-name collection, bench/detector.ts). Only a page
 * with inputs has them walked, through that collection (a selector list, which tests every element against every
 * selector, cost 0.5 ms). It answers yes when an input is a password field, Cognito's classic hosted-UI username (`#signInFormUsername`),
 * has an `autocomplete` token username, current-password or one-time-code, or sits in an Amplify UI Authenticator
 * form (`data-amplify-form`, or inside `[data-amplify-authenticator]` / Angular's `amplify-authenticator`) — every
 * Authenticator route with a field. core/page/recognise-page.ts then decides what the page really is.
 * Markers: docs/sign-in-pages.md.
 */
export function looksLikeSignInPage(root: Document | Element): boolean {
  if (root.querySelector('input') === null) return false;
  for (const input of root.getElementsByTagName('input')) {
    if (input.type === 'password' || input.id === 'signInFormUsername') return true;
    if (SIGN_IN_TOKENS.test(input.getAttribute('autocomplete') ?? '')) return true;
    if (input.form?.hasAttribute('data-amplify-form')) return true;
    if (input.closest('[data-amplify-authenticator],amplify-authenticator')) return true;
  }
  return false;
}
