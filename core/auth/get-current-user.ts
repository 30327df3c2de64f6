import { SidekeyError } from '../errors/sidekey-error';
import type { AuthContext } from './auth-context';
import { fetchAuthSession } from './fetch-auth-session';
import type { SignInDetails } from './sign-in-types';

/** Amplify's current-user shape (docs/cognito-api.md §9). */
export type AuthUser = { username: string; userId: string; signInDetails?: SignInDetails };

/** The signed-in user's access token (refreshed if needed), or Amplify's `UserUnAuthenticatedException`. */
export async function requireAccessToken(context: AuthContext): Promise<string> {
  const { tokens } = await fetchAuthSession(context);
  if (!tokens)
    throw new SidekeyError({
      code: 'UserUnAuthenticatedException',
      message: 'User needs to be authenticated to call this API.',
    });
  return tokens.accessToken.toString();
}

/** Amplify's `getCurrentUser`: who is signed in, from the ID token (falling back to the access token). */
export async function getCurrentUser(context: AuthContext): Promise<AuthUser> {
  const { tokens } = await fetchAuthSession(context);
  if (!tokens)
    throw new SidekeyError({
      code: 'UserUnAuthenticatedException',
      message: 'User needs to be authenticated to call this API.',
    });
  const id = tokens.idToken?.payload ?? {};
  const access = tokens.accessToken.payload;
  const username = id['cognito:username'] ?? access.username;
  const userId = id.sub ?? access.sub;
  return { username: String(username), userId: String(userId), signInDetails: tokens.signInDetails };
}
