import { SidekeyError } from '../../errors/sidekey-error';

/**
 * Reads the authorization code from the hosted UI's redirect (RFC 6749 §4.1.2) and checks `state` (§10.12).
 * Errors: `OAuthSignInException` for an `error=` redirect (§4.1.2.1), `OAuthCanceled` when code or state is
 * missing (Amplify: "User cancelled OAuth flow."), `OAuthStateMismatch` when state differs from the one sent.
 */
export function parseRedirectCallback(callbackUrl: string, options: { expectedState: string }): { code: string } {
  let url: URL;
  try {
    url = new URL(callbackUrl);
  } catch (cause) {
    throw new SidekeyError({ code: 'OAuthSignInException', message: 'The redirect URL is not a URL.', cause });
  }
  const params = url.searchParams;
  const error = params.get('error');
  if (error !== null) {
    const description = params.get('error_description');
    throw new SidekeyError({
      code: 'OAuthSignInException',
      message: description ? `${error}: ${description}` : error,
    });
  }
  const code = params.get('code');
  const state = params.get('state');
  if (!code || !state) throw new SidekeyError({ code: 'OAuthCanceled', message: 'User cancelled OAuth flow.' });
  if (state !== options.expectedState) {
    throw new SidekeyError({ code: 'OAuthStateMismatch', message: 'An error occurred while validating the state.' });
  }
  return { code };
}
