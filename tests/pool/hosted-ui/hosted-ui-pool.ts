import type { SeedFile } from '../../../pool/seed/seed-file';

export const poolId = 'us-east-1_HostedUi1';
export const clientId = 'hostedclient00000000000001';
export const secretClientId = 'hostedclient00000000000002';
export const clientSecret = 'local-secret-0123456789abcdef0123456789abcdef';
export const callbackUrl = 'https://app.example/callback';
export const logoutUrl = 'https://app.example/signed-out';

/** A pool whose clients may use the hosted UI (code grant, COGNITO), with users in several states. */
export function hostedUiSeed(): SeedFile {
  const oauth = {
    CallbackURLs: [callbackUrl, 'https://npbmcjcmafkjbchncmpemdbkmagoobec.chromiumapp.org/'],
    LogoutURLs: [logoutUrl],
    AllowedOAuthFlows: ['code'],
    AllowedOAuthScopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
    AllowedOAuthFlowsUserPoolClient: true,
    SupportedIdentityProviders: ['COGNITO'],
    ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  };
  return {
    pools: [
      {
        Id: poolId,
        config: { PoolName: 'hosted' },
        clients: [
          { ClientId: clientId, ClientName: 'Demo app', ...oauth },
          { ClientId: secretClientId, ClientName: 'Server app', ClientSecret: clientSecret, ...oauth },
        ],
        users: [
          {
            Username: 'alice',
            Password: 'Passw0rd!x',
            Attributes: { email: 'alice@example.com', email_verified: 'true' },
          },
          { Username: 'dora', Password: 'Passw0rd!x', Enabled: false },
          { Username: 'uma', Password: 'Passw0rd!x', Status: 'UNCONFIRMED' },
        ],
      },
    ],
  };
}

/** The authorize URL a client would open (PKCE S256 unless `codeChallenge` is null). */
export function authorizeUrl(
  base: string,
  options: {
    client?: string;
    redirectUri?: string;
    state?: string;
    codeChallenge?: string | null;
    scope?: string;
  } = {},
): string {
  const params = new URLSearchParams({
    redirect_uri: options.redirectUri ?? callbackUrl,
    response_type: 'code',
    client_id: options.client ?? clientId,
    identity_provider: 'COGNITO',
    scope: options.scope ?? 'openid email',
    state: options.state ?? 'state-123',
  });
  if (options.codeChallenge !== null) {
    params.set('code_challenge', options.codeChallenge ?? 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    params.set('code_challenge_method', 'S256');
  }
  return `${base}/oauth2/authorize?${params.toString()}`;
}

/** RFC 7636 appendix B's verifier for the default challenge above. */
export const rfcVerifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

/** Redeems the code of a callback `location` (client `clientId`, the default callback, the RFC verifier) for tokens. */
export async function redeemCallbackCode(
  base: string,
  location: string,
): Promise<{ id_token: string; access_token: string; refresh_token: string }> {
  const response = await fetch(`${base}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: clientId,
      code: new URL(location).searchParams.get('code') ?? '',
      redirect_uri: callbackUrl,
      code_verifier: rfcVerifier,
    }).toString(),
  });
  return (await response.json()) as { id_token: string; access_token: string; refresh_token: string };
}
