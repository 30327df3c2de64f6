import { encodeBase64 } from '../../encoding/encode-base64';

/*
 * The hosted UI's authorize request (docs/cognito-api.md §8.1): its URL, the identity-provider parameter, and the
 * `state` and PKCE values it carries.
 */

/** Amplify's `signInWithRedirect({ provider })`: a named social provider, a custom IdP name, or an IdP identifier. */
export type RedirectProvider =
  | 'Google'
  | 'Facebook'
  | 'Amazon'
  | 'Apple'
  | { custom: string }
  | { idpIdentifier: string };

const NAMED: Record<string, string> = {
  Google: 'Google',
  Facebook: 'Facebook',
  Amazon: 'LoginWithAmazon',
  Apple: 'SignInWithApple',
};

/**
 * The authorize request's IdP parameter for a provider, as Amplify maps it (docs/cognito-api.md §8.1): none →
 * `identity_provider=COGNITO`, named providers → Cognito's names, `{custom}` as given, `{idpIdentifier}` →
 * `idp_identifier`. https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
 */
export function identityProviderParam(provider?: RedirectProvider): { name: string; value: string } {
  if (provider === undefined) return { name: 'identity_provider', value: 'COGNITO' };
  if (typeof provider === 'string') return { name: 'identity_provider', value: NAMED[provider] ?? provider };
  if ('custom' in provider) return { name: 'identity_provider', value: provider.custom };
  return { name: 'idp_identifier', value: provider.idpIdentifier };
}

/**
 * The base URL of a hosted-UI domain. Amplify's `oauth.domain` is a bare host (`<prefix>.auth.<region>.
 * amazoncognito.com`) served over https; a domain that already names a scheme (the local pool's
 * `http://localhost:<port>`) is used as given.
 */
export function oauthDomainUrl(domain: string): string {
  const base = domain.includes('://') ? domain : `https://${domain}`;
  return base.replace(/\/+$/, '');
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * `length` characters from `[A-Za-z0-9]` (Amplify's alphabet for `state` and the PKCE verifier, docs/cognito-api.md
 * §8.1), drawn without modulo bias: bytes ≥ 248 are skipped. RFC 7636 §4.1 allows these characters in a verifier.
 */
export function randomAlphanumeric(random: (byteCount: number) => Uint8Array, length: number): string {
  const limit = 256 - (256 % ALPHABET.length);
  let out = '';
  while (out.length < length) {
    for (const byte of random(length)) {
      if (byte < limit && out.length < length) out += ALPHABET[byte % ALPHABET.length];
    }
  }
  return out;
}

/**
 * The S256 `code_challenge` of a PKCE verifier: BASE64URL(SHA-256(ASCII(verifier))) without padding
 * (RFC 7636 §4.2), computed with WebCrypto so it runs in the worker and in Node alike.
 */
export async function createPkceChallenge(verifier: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return encodeBase64(new Uint8Array(digest), { alphabet: 'url' });
}

/**
 * The hosted UI's authorization URL with Amplify's parameter order (docs/cognito-api.md §8.1): redirect_uri,
 * response_type, client_id, identity_provider (or idp_identifier), scope, state, code_challenge, code_challenge_method.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
 */
export function buildAuthorizeUrl(options: {
  domain: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string;
  codeChallenge: string;
  provider?: RedirectProvider;
}): string {
  const idp = identityProviderParam(options.provider);
  const params = new URLSearchParams({
    redirect_uri: options.redirectUri,
    response_type: 'code',
    client_id: options.clientId,
    [idp.name]: idp.value,
  });
  if (options.scopes.length > 0) params.set('scope', options.scopes.join(' '));
  params.set('state', options.state);
  params.set('code_challenge', options.codeChallenge);
  params.set('code_challenge_method', 'S256');
  return `${oauthDomainUrl(options.domain)}/oauth2/authorize?${params.toString()}`;
}
