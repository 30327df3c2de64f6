import type { AuthContext } from './auth-context';
import { decodeJwt } from './auth-session';

/**
 * Amplify's `signOut` (docs/cognito-api.md §4.4). Local: revoke the refresh token when the access token carries
 * `origin_jti` (token revocation is on). Global: GlobalSignOut. Errors are swallowed either way, then tokens and
 * any sign-in in progress and armed auto sign-in are cleared; device keys stay.
 */
export async function signOut(context: AuthContext, input: { global?: boolean } = {}): Promise<void> {
  const tokens = await context.tokens.load();
  if (tokens) {
    try {
      if (input.global) await context.call('GlobalSignOut', { AccessToken: tokens.accessToken });
      else if (tokens.refreshToken && decodeJwt(tokens.accessToken).payload.origin_jti)
        await context.call('RevokeToken', {
          ClientId: context.clientId,
          Token: tokens.refreshToken,
          ClientSecret: context.clientSecret,
        });
    } catch {
      // Deliberately ignored, as Amplify does: signing out locally must always work.
    }
  }
  await context.tokens.clear();
  await context.signInState.clear();
  await context.autoSignIn.clear();
}
