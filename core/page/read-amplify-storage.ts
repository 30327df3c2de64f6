/**
 * What an Amplify JS v6 app keeps in the page's own web storage that tells Sidekey whose sign-in this is (read
 * only, and only these keys; tokens are never read). docs/sign-in-pages.md §1.5.
 *
 * - `sessionStorage['CognitoSignInState.username']`: the username of the sign-in in progress (Amplify's
 *   signInStore keeps it for Cognito's 3 minutes so a reload can resume).
 * - `localStorage['CognitoIdentityServiceProvider.<clientId>.LastAuthUser']`: the user last signed in with that
 *   app client, written with the tokens when a sign-in completes.
 */
const SIGN_IN_USERNAME = 'CognitoSignInState.username';
const LAST_AUTH_USER = /^CognitoIdentityServiceProvider\.([^.]+)\.LastAuthUser$/;

/** The username of the Amplify sign-in in progress in this tab, if the page keeps one. */
export function readSigningInUsername(view: Window): string | undefined {
  try {
    return view.sessionStorage.getItem(SIGN_IN_USERNAME)?.trim() || undefined;
  } catch {
    return undefined; // storage blocked for this frame
  }
}

/**
 * The app client id `username` is signed in with, by Amplify's `LastAuthUser` key; undefined when no client or
 * more than one names that user (then the pool cannot be told from the page).
 */
export function readSignedInClientId(view: Window, username: string): string | undefined {
  const wanted = username.toLowerCase();
  const clients = new Set<string>();
  try {
    const storage = view.localStorage;
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index) ?? '';
      const client = LAST_AUTH_USER.exec(key)?.[1];
      if (client && storage.getItem(key)?.toLowerCase() === wanted) clients.add(client);
    }
  } catch {
    return undefined;
  }
  const [client, other] = clients;
  return other === undefined ? client : undefined;
}
