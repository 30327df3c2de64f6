/**
 * What an Amplify JS v6 app keeps in the page's own web storage that tells Sidekey whose sign-in this is (read
 * only, and only these keys; tokens are never read). docs/sign-in-pages.md §1.5.
 *
 * - `sessionStorage['CognitoSignInState.username']`: the username of the sign-in in progress (Amplify's
 *   signInStore keeps it for Cognito's 3 minutes so a reload can resume).
 * - `localStorage['CognitoIdentityServiceProvider.<clientId>.LastAuthUser']`: the user last signed in with that
 *   app client, written with the tokens when a sign-in completes.
 */
/** The part of a Web Storage area these reads use. */
type WebStorage = Pick<Storage, 'getItem' | 'key' | 'length'>;

/**
 * The page's two Web Storage areas, handed in by the content script (core/ names no browser global). Each is a
 * getter because reaching an area can itself throw (storage blocked for this frame).
 */
export interface PageStorage {
  session: () => WebStorage;
  local: () => WebStorage;
}

const SIGN_IN_USERNAME = 'CognitoSignInState.username';
const LAST_AUTH_USER = /^CognitoIdentityServiceProvider\.([^.]+)\.LastAuthUser$/;

/** The username of the Amplify sign-in in progress in this tab, if the page keeps one. */
export function readSigningInUsername(storage: PageStorage): string | undefined {
  try {
    return storage.session().getItem(SIGN_IN_USERNAME)?.trim() || undefined;
  } catch {
    return undefined; // storage blocked for this frame
  }
}

/**
 * The app client id `username` is signed in with, by Amplify's `LastAuthUser` key; undefined when no client or
 * more than one names that user (then the pool cannot be told from the page).
 */
export function readSignedInClientId(pageStorage: PageStorage, username: string): string | undefined {
  const wanted = username.toLowerCase();
  const clients = new Set<string>();
  try {
    const storage = pageStorage.local();
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
